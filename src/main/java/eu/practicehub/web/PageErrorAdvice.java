package eu.practicehub.web;

import eu.practicehub.common.NotFoundException;
import eu.practicehub.common.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers the pages' failed requests with pages: a record that does not exist with the 404 page,
 * an incomplete request with the error page. Limited to the page controllers' packages (and ahead
 * of the application-wide problem documents) because the JSON API answers with problem documents.
 */
@ControllerAdvice(basePackages = {"eu.practicehub.web", "eu.practicehub.practice.web", "eu.practicehub.event.web",
        "eu.practicehub.actionplan.web", "eu.practicehub.challenge.web", "eu.practicehub.transfer.web",
        "eu.practicehub.chain.web", "eu.practicehub.calendar.web", "eu.practicehub.indicators.web",
        "eu.practicehub.planning.web", "eu.practicehub.dashboard.web", "eu.practicehub.newsletter.web",
        "eu.practicehub.account.web", "eu.practicehub.history.web", "eu.practicehub.backup.web",
        "eu.practicehub.programme.web"})
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(PageErrorAdvice.class);

    static final String NOT_FOUND_VIEW = "error/404";
    static final String ERROR_VIEW = "error";

    /** Left to the security filters: the login page for the anonymous, the 403 page for the signed-in. */
    @ExceptionHandler(AccessDeniedException.class)
    void accessDenied(AccessDeniedException e) {
        throw e;
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e) {
        return notFoundPage(e.kind(), e.reference());
    }

    /** An address whose id is not a number names no record; any other malformed value is a bad request. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView malformedValue(MethodArgumentTypeMismatchException e) {
        if (e.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return notFoundPage(null, String.valueOf(e.getValue()));
        }
        return errorPage(HttpStatus.BAD_REQUEST);
    }

    /** A form sent without a field it always carries, such as the version of the record. */
    @ExceptionHandler(ServletRequestBindingException.class)
    ModelAndView incompleteRequest() {
        return errorPage(HttpStatus.BAD_REQUEST);
    }

    /**
     * A save refused while it committed by the last check of stored text, which a service's own
     * checks should have found first: the error page, as a broken rule, with nothing saved.
     */
    @ExceptionHandler(TransactionSystemException.class)
    ModelAndView refusedAtCommit(TransactionSystemException e) {
        if (RuleViolationException.within(e).isEmpty()) {
            throw e;
        }
        log.warn("A page's save was refused when it committed", e);
        return errorPage(HttpStatus.UNPROCESSABLE_CONTENT);
    }

    /** Two saves that met at the same moment, e.g. waiting on the same lock: the later one is refused. */
    @ExceptionHandler(ConcurrencyFailureException.class)
    ModelAndView concurrentSave(ConcurrencyFailureException e) {
        log.info("A page's save met another at the same moment: {}", e.getMostSpecificCause().getMessage());
        return errorPage(HttpStatus.CONFLICT);
    }

    /** A save that the database refused although the rules allowed it, e.g. a record created meanwhile. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ModelAndView refusedByDatabase(DataIntegrityViolationException e) {
        log.warn("A page's save was refused by the database", e);
        return errorPage(HttpStatus.CONFLICT);
    }

    private static ModelAndView notFoundPage(String kind, String reference) {
        ModelAndView page = new ModelAndView(NOT_FOUND_VIEW, HttpStatus.NOT_FOUND);
        page.addObject("missingKind", kind);
        page.addObject("missingReference", reference);
        return page;
    }

    private static ModelAndView errorPage(HttpStatus status) {
        ModelAndView page = new ModelAndView(ERROR_VIEW, status);
        page.addObject("status", status.value());
        return page;
    }
}
