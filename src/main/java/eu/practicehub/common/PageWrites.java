package eu.practicehub.common;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.validation.BindingResult;

/**
 * How a page answers when a service refuses a write: a broken rule, or a partner chosen that the
 * person may not write for, becomes form errors next to the fields (422), a record saved meanwhile by
 * somebody else becomes a message (409). Nothing is saved in either case, and the page shows the form
 * or record again with the input kept.
 */
public final class PageWrites {

    private PageWrites() {
    }

    /**
     * Saves through {@code save}; when refused, records why on {@code result} and the response
     * status and returns empty. {@code onStale} (reload the record, tell the person) runs when
     * somebody else saved it meanwhile.
     */
    public static <T> Optional<T> save(Supplier<T> save, BindingResult result, HttpServletResponse response,
            Runnable onStale) {
        try {
            return Optional.of(save.get());
        } catch (StaleVersionException | ObjectOptimisticLockingFailureException e) {
            onStale.run();
            response.setStatus(HttpStatus.CONFLICT.value());
        } catch (RuleViolationException e) {
            FormErrors.reject(result, e.violations());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        } catch (ChoiceDeniedException e) {
            FormErrors.reject(result, e.violations());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        return Optional.empty();
    }

    /**
     * Deletes through {@code delete}; when refused, sets the response status (409 when somebody else
     * changed the record meanwhile, 422 when a rule forbids it) and returns the messages that say why.
     */
    public static List<String> delete(Runnable delete, String staleCode, MessageSource messages, Locale locale,
            HttpServletResponse response) {
        try {
            delete.run();
            return List.of();
        } catch (StaleVersionException | ObjectOptimisticLockingFailureException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return List.of(messages.getMessage(staleCode, null, locale));
        } catch (RuleViolationException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return e.violations().stream().map(v -> messages.getMessage(FormErrors.message(v), locale)).toList();
        }
    }
}
