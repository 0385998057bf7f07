package eu.practicehub.web;

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
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem document where no controller does: for requests refused before they reach one
 * ({@link RequestGate}, the security firewall, the servlet container). Its texts come from the
 * bundle: the detail from the code given, else the status's own; the title from the status.
 */
@Component
class ProblemWriter {

    /** Characters an address may not keep in a problem's {@code instance}. */
    private static final Pattern NOT_IN_URI = Pattern.compile("[^A-Za-z0-9/_.~%!$&'()*+,;=:@-]");

    private final MessageSource messages;
    private final JsonMapper json;

    ProblemWriter(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    void write(HttpServletResponse response, HttpStatus status, String detailCode, Object[] args, String path,
            Locale locale) throws IOException {
        String code = detailCode != null ? detailCode : "api.problem.status." + status.value();
        String detail = messages.getMessage(code, args, null, locale);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                detail != null ? detail : messages.getMessage("api.problem.status.other", null, locale));
        problem.setTitle(messages.getMessage("api.problem.status." + status.value() + ".title", null,
                status.getReasonPhrase(), locale));
        problem.setInstance(URI.create(NOT_IN_URI.matcher(path).replaceAll("")));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
