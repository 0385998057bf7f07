package eu.practicehub.actionplan.web;

import eu.practicehub.actionplan.documents.ActionPlanDocuments;
import eu.practicehub.actionplan.documents.DocumentFormat;
import eu.practicehub.project.ProjectService;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The downloads of a plan as a Word document and as a PDF. */
@Controller
class ActionPlanDocumentController {

    private final ProjectService projects;
    private final ActionPlanDocuments documents;

    ActionPlanDocumentController(ProjectService projects, ActionPlanDocuments documents) {
        this.projects = projects;
        this.documents = documents;
    }

    @GetMapping("/projects/{key}/action-plans/{id}/document.docx")
    ResponseEntity<byte[]> docx(@PathVariable String key, @PathVariable long id, Locale locale) {
        return documents.document(projects.project(key), id, DocumentFormat.DOCX, locale).asDownload();
    }

    @GetMapping("/projects/{key}/action-plans/{id}/document.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String key, @PathVariable long id, Locale locale) {
        return documents.document(projects.project(key), id, DocumentFormat.PDF, locale).asDownload();
    }
}
