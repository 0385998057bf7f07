package eu.practicehub.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.practicehub.common.RuleViolationException;
import eu.practicehub.common.Violation;
import jakarta.persistence.RollbackException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.servlet.ModelAndView;

/** A page's save that the last check of stored text refused while it committed is a broken rule, not a failure. */
class PageErrorAdviceTests {

    private final PageErrorAdvice advice = new PageErrorAdvice();

    @Test
    void aSaveRefusedAtCommitByTheStoredTextCheckIsTheErrorPageOfABrokenRule() {
        RuleViolationException broken = new RuleViolationException(Violation.of("summary", "validation.controlCharacter"));

        ModelAndView page = advice.refusedAtCommit(new TransactionSystemException("Could not commit",
                new RollbackException("rolled back", broken)));

        assertThat(page.getStatus()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(page.getViewName()).isEqualTo(PageErrorAdvice.ERROR_VIEW);
    }

    @Test
    void anyOtherFailureToCommitIsLeftAsTheFailureItIs() {
        TransactionSystemException failure = new TransactionSystemException("Could not commit");

        assertThatThrownBy(() -> advice.refusedAtCommit(failure)).isSameAs(failure);
    }
}
