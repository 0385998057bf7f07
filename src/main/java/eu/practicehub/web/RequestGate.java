package eu.practicehub.web;

import eu.practicehub.common.ProblemDocuments;
import eu.practicehub.common.Text;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.apache.tomcat.util.http.fileupload.FileUploadException;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first look at every request, before anything reads its parameters or body. The query string
 * must be well-formed percent-encoded UTF-8 without control characters (else 400 naming the
 * parameter). A request to the API that declares a body type must declare {@code application/json}
 * or {@code text/csv}, in UTF-8 if it names a charset (else 415), and such a body must be valid
 * UTF-8 as it is read: overlong forms, surrogates and stray bytes are refused, not decoded.
 *
 * <p>The API gets a problem document at once; a page's refusal goes through {@code sendError}, so that
 * {@link ErrorPages} answers with the error page.
 */
@Component
class RequestGate extends OncePerRequestFilter implements Ordered {

    private final ProblemDocuments problems;

    RequestGate(ProblemDocuments problems) {
        this.problems = problems;
    }

    /** Ahead of Spring's form content filter and of the security filters, which read parameters. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 1000;

    /** Request attributes that carry the refusal's message code and its arguments to {@link ErrorPages}. */
    static final String PROBLEM_CODE = RequestGate.class.getName() + ".code";
    static final String PROBLEM_ARGS = RequestGate.class.getName() + ".args";

    static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv");

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<QueryProblem> query = QueryProblem.find(request.getQueryString());
        if (query.isPresent()) {
            refuse(request, response, HttpStatus.BAD_REQUEST, query.get().code(), query.get().parameter());
            return;
        }
        if (!ProblemDocuments.isApi(request) || request.getContentType() == null) {
            passOn(request, response, chain);
            return;
        }
        if (!isAcceptedBodyType(request.getContentType())) {
            refuse(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "api.problem.contentType",
                    Text.shown(request.getContentType()));
            return;
        }
        passOn(new Utf8Body(request), response, chain);
    }

    /**
     * Passes the request on; should the container then fail to parse its parameters or parts (a
     * file name holding a NUL, a form body that is not percent-encoded UTF-8), that is a bad request,
     * answered before anything was written.
     */
    private void passOn(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!isMalformed(e) || response.isCommitted()) {
                throw e;
            }
            response.resetBuffer();
            refuse(request, response, HttpStatus.BAD_REQUEST, "request.body.malformed");
        }
    }

    private static boolean isMalformed(Throwable e) {
        return Causes.of(e, InvalidParameterException.class) != null || Causes.of(e, InvalidFileNameException.class) != null
                || Causes.of(e, FileUploadException.class) != null;
    }

    /** {@code application/json} or {@code text/csv}, exactly, in UTF-8 when a charset is named. */
    static boolean isAcceptedBodyType(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            boolean known = type.equalsTypeAndSubtype(MediaType.APPLICATION_JSON) || type.equalsTypeAndSubtype(TEXT_CSV);
            String charset = type.getParameter("charset");
            return known && (charset == null || unquoted(charset).equalsIgnoreCase(StandardCharsets.UTF_8.name()));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    private static String unquoted(String value) {
        return value.length() > 1 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1)
                : value;
    }

    /** A problem document for the API; elsewhere the error page, through the container's error dispatch. */
    private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
            Object... args) throws IOException {
        if (ProblemDocuments.isApi(request)) {
            problems.write(request, response, status, null, code, args);
            return;
        }
        request.setAttribute(PROBLEM_CODE, code);
        request.setAttribute(PROBLEM_ARGS, args);
        response.sendError(status.value());
    }

    /** The request with its body checked for UTF-8 while it is read. */
    private static final class Utf8Body extends HttpServletRequestWrapper {

        private ServletInputStream body;
        private BufferedReader reader;

        Utf8Body(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (body == null) {
                body = new Utf8CheckingInputStream(super.getInputStream());
            }
            return body;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            if (reader == null) {
                reader = new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
            }
            return reader;
        }
    }
}
