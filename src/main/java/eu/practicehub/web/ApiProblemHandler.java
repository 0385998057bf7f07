package eu.practicehub.web;

import eu.practicehub.common.NotFoundException;
import eu.practicehub.common.RuleViolationException;
import eu.practicehub.common.StaleVersionException;
import eu.practicehub.common.Text;
import eu.practicehub.common.Violation;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.core.PropertyReferenceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.PayloadTooLargeException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Answers every failed request of the JSON API with an RFC 9457 problem document. Applies to REST
 * controllers only, so the pages keep their own error pages; {@link UnroutedApiRequests} covers API
 * requests that no controller took (unknown path, unsupported method or media type).
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);
    private static final HttpStatus UNPROCESSABLE = HttpStatus.UNPROCESSABLE_CONTENT;

    private final MessageSource messages;
    private final BodyProblems bodies;

    ApiProblemHandler(MessageSource messages) {
        this.messages = messages;
        this.bodies = new BodyProblems(messages);
        setMessageSource(messages);
    }

    /** One broken rule as the API reports it. */
    record FieldError(String field, String code, String message) {
    }

    @ExceptionHandler(RuleViolationException.class)
    ProblemDetail ruleViolation(RuleViolationException e, Locale locale) {
        List<FieldError> errors = e.violations().stream().map(v -> fieldError(v, locale)).toList();
        ProblemDetail problem = problem(UNPROCESSABLE, "api.problem.rules.title",
                text("api.problem.rules.detail", locale, errors.size()), locale);
        problem.setProperty("errors", errors);
        return problem;
    }

    /**
     * A rule the domain's last check found while the transaction committed (a text refused when the
     * record was written), reported as the broken rule it is.
     */
    @ExceptionHandler(TransactionSystemException.class)
    ResponseEntity<ProblemDetail> refusedAtCommit(TransactionSystemException e, Locale locale) {
        return RuleViolationException.within(e)
                .map(broken -> ResponseEntity.unprocessableContent().body(ruleViolation(broken, locale)))
                .orElseGet(() -> ResponseEntity.internalServerError().body(unexpected(e, locale)));
    }

    @ExceptionHandler(StaleVersionException.class)
    ProblemDetail staleVersion(StaleVersionException e, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "api.problem.stale.title",
                text("api.problem.stale.detail", locale, String.valueOf(e.expected()), String.valueOf(e.actual())), locale);
        problem.setProperty("sentVersion", e.expected());
        problem.setProperty("currentVersion", e.actual());
        return problem;
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ProblemDetail lockFailure(ObjectOptimisticLockingFailureException e, Locale locale) {
        return problem(HttpStatus.CONFLICT, "api.problem.stale.title", text("api.problem.lockFailure.detail", locale), locale);
    }

    /** Two writes that met at the same moment, e.g. waiting on the same lock: the later one is refused. */
    @ExceptionHandler(ConcurrencyFailureException.class)
    ProblemDetail concurrentWrite(ConcurrencyFailureException e, Locale locale) {
        log.info("A write met another at the same moment: {}", e.getMostSpecificCause().getMessage());
        return problem(HttpStatus.CONFLICT, "api.problem.stale.title", text("api.problem.concurrent.detail", locale), locale);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrityViolation(DataIntegrityViolationException e, Locale locale) {
        log.info("Request conflicts with stored data: {}", e.getMostSpecificCause().getMessage());
        return problem(HttpStatus.CONFLICT, "api.problem.conflict.title", text("api.problem.conflict.detail", locale), locale);
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ProblemDetail notFound(NotFoundException e, Locale locale) {
        String detail = messages.getMessage("api.problem.notFound." + e.kind(), new Object[] {e.kind(), e.reference()},
                text("api.problem.notFound", locale, e.kind(), e.reference()), locale);
        return problem(HttpStatus.NOT_FOUND, "api.problem.notFound.title", detail, locale);
    }

    @ExceptionHandler(PropertyReferenceException.class)
    ProblemDetail unknownSortProperty(PropertyReferenceException e, Locale locale) {
        return problem(HttpStatus.BAD_REQUEST, "api.problem.badRequest.title",
                text("api.problem.sort.property", locale, e.getPropertyName()), locale);
    }

    /** Left to the security filters, which answer 401 to the anonymous and 403 to the signed-in. */
    @ExceptionHandler(AccessDeniedException.class)
    void accessDenied(AccessDeniedException e) {
        throw e;
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, Locale locale) {
        log.error("Unexpected error in an API request", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "api.problem.unexpected.title",
                text("api.problem.unexpected.detail", locale), locale);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        if (Causes.of(e, PayloadTooLargeException.class) != null) {
            ProblemDetail problem = problem(HttpStatus.CONTENT_TOO_LARGE, "api.problem.tooLarge.title",
                    text("api.problem.tooLarge.unknownLength", locale), locale);
            return handleExceptionInternal(e, problem, headers, HttpStatus.CONTENT_TOO_LARGE, request);
        }
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "api.problem.badRequest.title", bodies.describe(e, locale), locale);
        return handleExceptionInternal(e, problem, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "api.problem.notFound.title",
                text("api.problem.notFound.path", locale, "/" + e.getResourcePath()), locale);
        return handleExceptionInternal(e, problem, headers, status, request);
    }

    /** Names only the types the API reads, whatever else the converters could. */
    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        String sent = e.getContentType() == null ? "" : Text.shown(e.getContentType().toString());
        List<MediaType> readable = e.getSupportedMediaTypes().stream()
                .filter(type -> type.equalsTypeAndSubtype(MediaType.APPLICATION_JSON)
                        || type.equalsTypeAndSubtype(RequestGate.TEXT_CSV))
                .toList();
        ProblemDetail problem = problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "api.problem.status.415.title",
                text("api.problem.contentType.here", locale, sent, readable.isEmpty() ? MediaType.APPLICATION_JSON_VALUE
                        : readable.stream().map(MediaType::toString).collect(Collectors.joining(", "))), locale);
        headers.setAccept(readable);
        return handleExceptionInternal(e, problem, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
        String detail = text("api.problem.parameter.value", locale, name, shown(e.getValue()),
                bodies.expected(e.getRequiredType(), locale));
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "api.problem.badRequest.title", detail, locale);
        return handleExceptionInternal(e, problem, headers, status, request);
    }

    private FieldError fieldError(Violation violation, Locale locale) {
        Object[] args = violation.args().stream().map(a -> a == null ? "" : a instanceof String s ? Text.cleaned(s) : a)
                .toArray();
        return new FieldError(Text.cleaned(violation.field()), violation.code(),
                messages.getMessage(violation.code(), args, violation.code(), locale));
    }

    /** A parameter's value as a message repeats it; a parameter sent more than once shows each value. */
    private static String shown(Object value) {
        if (value instanceof Object[] values) {
            return Text.shown(String.join(", ", Arrays.stream(values).map(String::valueOf).toList()));
        }
        return Text.shown(String.valueOf(value));
    }

    private ProblemDetail problem(HttpStatus status, String titleCode, String detail, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(text(titleCode, locale));
        return problem;
    }

    private String text(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, code, locale);
    }
}
