package eu.practicehub.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator, from {@code PRACTICEHUB_ADMIN_EMAIL}, {@code PRACTICEHUB_ADMIN_PASSWORD} and optionally
 * {@code PRACTICEHUB_ADMIN_TIMEZONE} ({@code practicehub.admin.email}, {@code practicehub.admin.password},
 * {@code practicehub.admin.time-zone}): created on a start that finds no administrator.
 */
@ConfigurationProperties("practicehub.admin")
public record AdministratorSettings(String email, String password, String timeZone) {

    boolean isComplete() {
        return email != null && !email.isBlank() && password != null && !password.isEmpty();
    }

    /** The administrator's time zone: the one given, else the server's (UTC when the server's has no IANA name). */
    String zone() {
        return timeZone == null || timeZone.isBlank() ? TimeZones.server() : timeZone.strip();
    }
}
