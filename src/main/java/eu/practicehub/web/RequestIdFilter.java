package eu.practicehub.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id that is written in each log line while the request is handled, in its
 * problem document or error page and in the {@code X-Request-Id} header of its answer, so that a person
 * can quote it and an operator can find the request in the log. An id sent by a proxy in front is kept
 * when it is 1 to 64 letters, digits, dots, dashes or underscores; any other is replaced by a new one.
 * Runs ahead of the security filters, so their refusals carry the id as well.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class RequestIdFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Request-Id";

    /** The key in the log's context (MDC), and so the field's name in JSON logs. */
    static final String LOG_KEY = "requestId";

    /** The request attribute, under this name also a variable of the error pages. */
    static final String ATTRIBUTE = "requestId";

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /** The id of the request this thread is handling, if any. */
    static Optional<String> current() {
        return Optional.ofNullable(MDC.get(LOG_KEY));
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    /** The error page is rendered after the request's own pass through the filters: it needs the id again. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    /**
     * A request that fails is logged by the server, and its error page rendered, after it has left the
     * filters: the id then stays in the log's context until {@link Cleanup} removes it at the request's end.
     */
    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = request.getAttribute(ATTRIBUTE) instanceof String known ? known : idFor(request);
        request.setAttribute(ATTRIBUTE, id);
        response.setHeader(HEADER, id);
        MDC.put(LOG_KEY, id);
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = false;
        } finally {
            if (!failed || request.isAsyncStarted()) {
                MDC.remove(LOG_KEY);
            }
        }
    }

    private static String idFor(HttpServletRequest request) {
        String sent = request.getHeader(HEADER);
        return sent != null && VALID.matcher(sent).matches() ? sent
                : HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    }

    /** Clears the id once the server is done with the request, its error page included. */
    @Component
    static class Cleanup implements ServletRequestListener {

        @Override
        public void requestDestroyed(ServletRequestEvent event) {
            MDC.remove(LOG_KEY);
        }
    }
}
