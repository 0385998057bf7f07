package eu.practicehub.common;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem documents written where no controller writes them: by the security filters (401,
 * 403, 413), for requests refused before they reach a controller, and by the servlet container.
 * Which requests are the API's is decided here too, so that all of them answer the same way.
 */
@Component
public class ProblemDocuments {

    /** Characters an address may not keep in a problem's {@code instance}. */
    private static final Pattern NOT_IN_URI = Pattern.compile("[^A-Za-z0-9/_.~%!$&'()*+,;=:@-]");

    private final MessageSource messages;
    private final JsonMapper json;
    private final LocaleResolver locales;

    ProblemDocuments(MessageSource messages, JsonMapper json, LocaleResolver locales) {
        this.messages = messages;
        this.json = json;
        this.locales = locales;
    }

    /** The JSON API and its OpenAPI document, whose answers are problem documents rather than pages. */
    public static boolean isApi(HttpServletRequest request) {
        return isApiPath(request.getRequestURI().substring(request.getContextPath().length()));
    }

    /** As {@link #isApi(HttpServletRequest)}, for a path within the application. */
    public static boolean isApiPath(String path) {
        return path != null && (path.startsWith("/api/") || path.startsWith("/v3/api-docs"));
    }

    /**
     * Writes the problem of {@code status} about the request's address, with the title and detail of
     * the codes given; a code left out (null) is the status's own ({@code api.problem.status.<n>} and
     * its {@code .title}).
     */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String titleCode,
            String detailCode, Object... detailArgs) throws IOException {
        write(response, status, titleCode, detailCode, detailArgs, request.getRequestURI(), locales.resolveLocale(request));
    }

    /** As above, for an address and a language known otherwise (the container's refusals, the error dispatch). */
    public void write(HttpServletResponse response, HttpStatus status, String titleCode, String detailCode,
            Object[] detailArgs, String path, Locale locale) throws IOException {
        String detail = messages.getMessage(detailCode != null ? detailCode : "api.problem.status." + status.value(),
                detailArgs, null, locale);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                detail != null ? detail : messages.getMessage("api.problem.status.other", null, locale));
        problem.setTitle(messages.getMessage(titleCode != null ? titleCode : "api.problem.status." + status.value() + ".title",
                null, status.getReasonPhrase(), locale));
        problem.setInstance(URI.create(NOT_IN_URI.matcher(path == null ? "" : path).replaceAll("")));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
