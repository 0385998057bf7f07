package eu.practicehub.transfer.web;

import eu.practicehub.transfer.Assessment;
import eu.practicehub.transfer.Transfer;

/** The transferability assessment as the browser sends it. */
public class AssessmentForm {

    private Integer legalFit;
    private String legalNotes;
    private Integer organisationalFit;
    private String organisationalNotes;
    private Integer technicalFit;
    private String technicalNotes;
    private Integer financialFit;
    private String financialNotes;
    private String kept;
    private String adapted;
    private String verdict;
    private Long version;

    static AssessmentForm of(Transfer transfer) {
        Assessment a = transfer.getAssessment();
        AssessmentForm form = new AssessmentForm();
        form.legalFit = a.legalFit();
        form.legalNotes = a.legalNotes();
        form.organisationalFit = a.organisationalFit();
        form.organisationalNotes = a.organisationalNotes();
        form.technicalFit = a.technicalFit();
        form.technicalNotes = a.technicalNotes();
        form.financialFit = a.financialFit();
        form.financialNotes = a.financialNotes();
        form.kept = a.kept();
        form.adapted = a.adapted();
        form.verdict = a.verdict();
        form.version = transfer.getVersion();
        return form;
    }

    Assessment toAssessment() {
        return new Assessment(legalFit, legalNotes, organisationalFit, organisationalNotes, technicalFit, technicalNotes,
                financialFit, financialNotes, kept, adapted, verdict);
    }

    public Integer getLegalFit() {
        return legalFit;
    }

    public void setLegalFit(Integer legalFit) {
        this.legalFit = legalFit;
    }

    public String getLegalNotes() {
        return legalNotes;
    }

    public void setLegalNotes(String legalNotes) {
        this.legalNotes = legalNotes;
    }

    public Integer getOrganisationalFit() {
        return organisationalFit;
    }

    public void setOrganisationalFit(Integer organisationalFit) {
        this.organisationalFit = organisationalFit;
    }

    public String getOrganisationalNotes() {
        return organisationalNotes;
    }

    public void setOrganisationalNotes(String organisationalNotes) {
        this.organisationalNotes = organisationalNotes;
    }

    public Integer getTechnicalFit() {
        return technicalFit;
    }

    public void setTechnicalFit(Integer technicalFit) {
        this.technicalFit = technicalFit;
    }

    public String getTechnicalNotes() {
        return technicalNotes;
    }

    public void setTechnicalNotes(String technicalNotes) {
        this.technicalNotes = technicalNotes;
    }

    public Integer getFinancialFit() {
        return financialFit;
    }

    public void setFinancialFit(Integer financialFit) {
        this.financialFit = financialFit;
    }

    public String getFinancialNotes() {
        return financialNotes;
    }

    public void setFinancialNotes(String financialNotes) {
        this.financialNotes = financialNotes;
    }

    public String getKept() {
        return kept;
    }

    public void setKept(String kept) {
        this.kept = kept;
    }

    public String getAdapted() {
        return adapted;
    }

    public void setAdapted(String adapted) {
        this.adapted = adapted;
    }

    public String getVerdict() {
        return verdict;
    }

    public void setVerdict(String verdict) {
        this.verdict = verdict;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
