package eu.practicehub.account;

/** A start that would leave nobody able to manage PracticeHub, or whose first administrator cannot be created. */
public class MissingAdministratorException extends RuntimeException {

    static final String NO_ADMINISTRATOR = "PracticeHub has no administrator and will not start without one. "
            + "Set the environment variables PRACTICEHUB_ADMIN_EMAIL and PRACTICEHUB_ADMIN_PASSWORD (a password of "
            + "at least " + AccountService.MIN_PASSWORD_LENGTH + " characters) to create the first administrator on "
            + "this start, or start the embedded demo (PRACTICEHUB_DEMO_ENABLED=true), which creates demo accounts.";

    MissingAdministratorException(String message) {
        super(message);
    }
}
