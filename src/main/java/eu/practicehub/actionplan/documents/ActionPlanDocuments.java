package eu.practicehub.actionplan.documents;

import eu.practicehub.actionplan.ActionPlan;
import eu.practicehub.actionplan.ActionPlanService;
import eu.practicehub.actionplan.LinkedRecord;
import eu.practicehub.project.Project;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A plan as a document to download, in the order of the Interreg Europe template, as DOCX or PDF. */
@Service
public class ActionPlanDocuments {

    private final ActionPlanService plans;
    private final MessageSource messages;

    ActionPlanDocuments(ActionPlanService plans, MessageSource messages) {
        this.plans = plans;
        this.messages = messages;
    }

    /** Reads the plan with everything it shows in one transaction and writes it in the format asked for. */
    @Transactional(readOnly = true)
    public PlanDocument document(Project project, long planId, DocumentFormat format, Locale locale) {
        ActionPlan plan = plans.plan(project, planId);
        Map<Long, List<LinkedRecord>> backgrounds = plans.backgrounds(project, plan);
        List<Block> outline = PlanOutline.of(plan, backgrounds, messages, locale);
        String title = messages.getMessage("planDocument.title", new Object[] {plan.getPartner().getShortName()}, locale);
        byte[] content = switch (format) {
            case DOCX -> DocxWriter.write(title, outline);
            case PDF -> PdfWriter.write(title, outline);
        };
        String fileName = project.getKey() + "-" + plan.getPartner().getShortName() + "-action-plan." + format.extension();
        return new PlanDocument(fileName, format, content);
    }
}
