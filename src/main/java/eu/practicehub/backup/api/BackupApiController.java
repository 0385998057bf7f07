package eu.practicehub.backup.api;

import eu.practicehub.backup.BackupDownload;
import eu.practicehub.backup.BackupService;
import eu.practicehub.backup.BackupService.Restored;
import eu.practicehub.backup.InstanceBackup;
import eu.practicehub.backup.InstanceNotEmptyException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Backup and restore", description = "The whole instance as one document: every project and the accounts "
        + "with their roles. Administrators only.")
class BackupApiController {

    private final BackupService backups;
    private final MessageSource messages;

    BackupApiController(BackupService backups, MessageSource messages) {
        this.backups = backups;
        this.messages = messages;
    }

    @GetMapping("/api/v1/backup")
    @Operation(summary = "Download a backup of the instance", description = "Every project's document and every account "
            + "with its roles and password hash (never a password, token or one-time link), read as one snapshot. "
            + "Administrators only.")
    @ApiResponse(responseCode = "200", description = "The backup, as an attachment")
    @ApiResponse(responseCode = "401", description = "No token was sent", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "The account is no administrator", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<InstanceBackup> backup() {
        return BackupDownload.of(backups.backup());
    }

    @PostMapping("/api/v1/backup/restore")
    @Operation(summary = "Restore a backup into an empty instance", description = "Imports every project of the backup and "
            + "creates its accounts with their roles, all or nothing. Refused (409) when the instance holds a project or "
            + "an account besides yours; a backup with problems is refused (422) listing every problem with its path.")
    @ApiResponse(responseCode = "200", description = "Everything was restored")
    @ApiResponse(responseCode = "409", description = "The instance is not empty; nothing was changed", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "The backup has problems, every one listed in errors; nothing was changed", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    Restored restore(@RequestBody InstanceBackup backup, Locale locale) {
        try {
            return backups.restore(backup);
        } catch (InstanceNotEmptyException e) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, messages.getMessage(
                    "backup.notEmpty", new Object[] {e.projects(), e.otherAccounts()}, locale));
            problem.setTitle(messages.getMessage("api.problem.notEmpty.title", null, locale));
            problem.setProperty("projects", e.projects());
            problem.setProperty("otherAccounts", e.otherAccounts());
            throw new ErrorResponseException(HttpStatus.CONFLICT, problem, e);
        }
    }
}
