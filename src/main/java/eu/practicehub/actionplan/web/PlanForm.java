package eu.practicehub.actionplan.web;

import eu.practicehub.actionplan.ActionPlan;
import eu.practicehub.actionplan.InstrumentType;
import eu.practicehub.actionplan.PlanSpec;

/** Parts I and II of an action plan as the browser sends them. */
public class PlanForm {

    private String partner;
    private String otherOrganisations;
    private String contactName;
    private String contactEmail;
    private String instrumentName;
    private InstrumentType instrumentType;
    private String instrumentImprovement;
    private Long version;

    static PlanForm of(ActionPlan plan) {
        PlanForm form = new PlanForm();
        form.partner = plan.getPartner().getShortName();
        form.otherOrganisations = plan.getOtherOrganisations();
        form.contactName = plan.getContactName();
        form.contactEmail = plan.getContactEmail();
        form.instrumentName = plan.getInstrumentName();
        form.instrumentType = plan.getInstrumentType();
        form.instrumentImprovement = plan.getInstrumentImprovement();
        form.version = plan.getVersion();
        return form;
    }

    PlanSpec toSpec() {
        return new PlanSpec(otherOrganisations, contactName, contactEmail, instrumentName, instrumentType,
                instrumentImprovement);
    }

    public String getPartner() {
        return partner;
    }

    public void setPartner(String partner) {
        this.partner = partner;
    }

    public String getOtherOrganisations() {
        return otherOrganisations;
    }

    public void setOtherOrganisations(String otherOrganisations) {
        this.otherOrganisations = otherOrganisations;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getInstrumentName() {
        return instrumentName;
    }

    public void setInstrumentName(String instrumentName) {
        this.instrumentName = instrumentName;
    }

    public InstrumentType getInstrumentType() {
        return instrumentType;
    }

    public void setInstrumentType(InstrumentType instrumentType) {
        this.instrumentType = instrumentType;
    }

    public String getInstrumentImprovement() {
        return instrumentImprovement;
    }

    public void setInstrumentImprovement(String instrumentImprovement) {
        this.instrumentImprovement = instrumentImprovement;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
