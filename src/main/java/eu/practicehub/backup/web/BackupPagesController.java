package eu.practicehub.backup.web;

import eu.practicehub.backup.BackupDownload;
import eu.practicehub.backup.BackupService;
import eu.practicehub.backup.BackupService.Restored;
import eu.practicehub.backup.InstanceBackup;
import eu.practicehub.backup.InstanceNotEmptyException;
import eu.practicehub.common.FormErrors;
import eu.practicehub.common.RuleViolationException;
import eu.practicehub.common.Violation;
import eu.practicehub.web.Instants;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.json.JsonMapper;

/** The administrators' page to download a backup of the instance and to restore one into an empty instance. */
@Controller
class BackupPagesController {

    static final String VIEW = "backup/backup";
    private static final String FILE = "file";

    private final BackupService backups;
    private final JsonMapper json;
    private final MessageSource messages;
    private final Instants instants;

    BackupPagesController(BackupService backups, JsonMapper json, MessageSource messages, Instants instants) {
        this.backups = backups;
        this.json = json;
        this.messages = messages;
        this.instants = instants;
    }

    @GetMapping("/admin/backup")
    String page(Model model) {
        return show(new RestoreForm(), model);
    }

    @GetMapping("/admin/backup/download")
    ResponseEntity<InstanceBackup> download() {
        return BackupDownload.of(backups.backup());
    }

    @PostMapping("/admin/backup/restore")
    String restore(@ModelAttribute RestoreForm restoreForm, BindingResult result, Model model, HttpServletResponse response,
            RedirectAttributes redirect, Locale locale) {
        HttpStatus refusal = HttpStatus.UNPROCESSABLE_CONTENT;
        InstanceBackup backup = read(restoreForm.getFile(), result);
        if (backup != null) {
            try {
                Restored restored = backups.restore(backup);
                redirect.addFlashAttribute("flash", messages.getMessage("backup.restored",
                        new Object[] {instants.of(Instant.parse(restored.takenAt())), restored.projects().size(),
                                restored.accounts()}, locale));
                return "redirect:/admin/backup";
            } catch (InstanceNotEmptyException e) {
                refusal = HttpStatus.CONFLICT;
                result.rejectValue(FILE, "backup.notEmpty", new Object[] {e.projects(), e.otherAccounts()}, null);
            } catch (RuleViolationException e) {
                e.violations().forEach(v -> reject(result, v));
            }
        }
        response.setStatus(refusal.value());
        return show(restoreForm, model);
    }

    /** The uploaded backup, or none with the reason next to the file field. */
    private InstanceBackup read(MultipartFile file, BindingResult result) {
        if (file == null || file.isEmpty()) {
            result.rejectValue(FILE, "backup.file.required");
            return null;
        }
        try (InputStream in = file.getInputStream()) {
            return json.readValue(in, InstanceBackup.class);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            result.rejectValue(FILE, "backup.file.unreadable", new Object[] {at == null ? "?" : at.getLineNr(),
                    at == null ? "?" : at.getColumnNr()}, null);
            return null;
        } catch (IOException e) {
            result.rejectValue(FILE, "backup.file.notRead");
            return null;
        }
    }

    /** A problem of the backup next to the file field, with its path in the backup. */
    private static void reject(BindingResult result, Violation violation) {
        result.rejectValue(FILE, "backup.problem", new Object[] {violation.field(), FormErrors.message(violation)}, null);
    }

    private String show(RestoreForm form, Model model) {
        model.addAttribute("restoreForm", form);
        model.addAttribute("contents", backups.contents());
        return VIEW;
    }
}
