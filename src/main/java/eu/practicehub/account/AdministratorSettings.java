package eu.practicehub.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator, from {@code PRACTICEHUB_ADMIN_EMAIL} and {@code PRACTICEHUB_ADMIN_PASSWORD}
 * ({@code practicehub.admin.email}, {@code practicehub.admin.password}): created on a start that finds no administrator.
 */
@ConfigurationProperties("practicehub.admin")
public record AdministratorSettings(String email, String password) {

    boolean isComplete() {
        return email != null && !email.isBlank() && password != null && !password.isEmpty();
    }
}
