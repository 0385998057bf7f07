package eu.practicehub.backup;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import eu.practicehub.exchange.ProjectDocument;
import java.util.List;

/**
 * A whole instance as one document: the format version, when it was taken (an ISO 8601 instant), every
 * project as its project document, and the accounts with their roles. Accounts are named by email,
 * projects by key and partners by short name, so a backup moves between instances unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"formatVersion", "takenAt", "projects", "accounts"})
public record InstanceBackup(Integer formatVersion, String takenAt, List<ProjectDocument> projects,
        List<AccountData> accounts) {

    public static final int FORMAT_VERSION = 1;

    /** The name to save it under: {@code practicehub-backup-2025-01-31T101500Z.json}. */
    @JsonIgnore
    public String fileName() {
        String moment = takenAt == null ? "" : "-" + takenAt.replaceAll("\\.\\d+", "").replace(":", "");
        return "practicehub-backup" + moment + ".json";
    }

    /**
     * An account: its time zone (left out when the person chose none; backups taken before accounts had one
     * have none), its password only as the hash PracticeHub stores ({@code {bcrypt}...}, none for an account
     * whose person has not chosen a password yet), and its roles.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"email", "name", "language", "timeZone", "admin", "enabled", "createdAt", "passwordHash",
            "memberships"})
    public record AccountData(String email, String name, String language, String timeZone, Boolean admin,
            Boolean enabled, String createdAt, String passwordHash, List<MembershipData> memberships) {
    }

    /** A role: COORDINATOR of a project (no partner), or EDITOR or VIEWER of one of its partners. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MembershipData(String project, String partner, String role) {
    }
}
