package eu.practicehub.account;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Tells in one paragraph, instead of a stack trace, why PracticeHub did not start without an administrator. */
public class MissingAdministratorFailureAnalyzer extends AbstractFailureAnalyzer<MissingAdministratorException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingAdministratorException cause) {
        return new FailureAnalysis(cause.getMessage(), "Set PRACTICEHUB_ADMIN_EMAIL and PRACTICEHUB_ADMIN_PASSWORD, "
                + "then start again.", cause);
    }
}
