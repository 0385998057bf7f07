package eu.practicehub.common;

import java.util.List;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;

/**
 * Puts the violations a service reported onto a form's {@link Errors}, so that each message shows
 * next to its field; a violation of a field the form does not have becomes an error of the whole form.
 */
public final class FormErrors {

    private FormErrors() {
    }

    public static void reject(Errors errors, List<Violation> violations) {
        for (Violation violation : violations) {
            Object[] args = arguments(violation);
            if (isFormField(errors, violation.field())) {
                errors.rejectValue(violation.field(), violation.code(), args, violation.code());
            } else {
                errors.reject(violation.code(), args, violation.code());
            }
        }
    }

    /**
     * As {@link #reject}, but leaves alone the fields that already have an error (such as a value
     * that could not be read), so the form shows every problem at once and each field only one.
     */
    public static void rejectWhereFree(Errors errors, List<Violation> violations) {
        reject(errors, violations.stream()
                .filter(v -> !isFormField(errors, v.field()) || !errors.hasFieldErrors(v.field()))
                .toList());
    }

    /** The violation as a message to resolve against the bundle, e.g. for a message at the top of a page. */
    public static MessageSourceResolvable message(Violation violation) {
        return new DefaultMessageSourceResolvable(new String[] {violation.code()}, arguments(violation), violation.code());
    }

    private static Object[] arguments(Violation violation) {
        return violation.args().stream().map(FormErrors::argument).toArray();
    }

    private static boolean isFormField(Errors errors, String field) {
        if (field == null || field.isEmpty()) {
            return false;
        }
        try {
            return errors.getFieldType(field) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** An enum argument is shown with its label ({@code enum.PracticeStatus.EXAMINED}), not its name; a missing one as nothing. */
    private static Object argument(Object arg) {
        if (arg == null) {
            return "";
        }
        if (arg instanceof Enum<?> constant) {
            String code = "enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name();
            return new DefaultMessageSourceResolvable(new String[] {code}, constant.name());
        }
        return arg;
    }
}
