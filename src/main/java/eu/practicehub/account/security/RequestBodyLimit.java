package eu.practicehub.account.security;

import eu.practicehub.common.ProblemDocuments;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.server.PayloadTooLargeException;

/**
 * Refuses a request body larger than the limit before anything reads it: the API answers 413 with a
 * problem document, the pages with the error page. A body sent without a length (chunked) is counted
 * while it is read and fails the same way once it passes the limit. File uploads (multipart) are left
 * to the multipart limits, which lead back to the form with a message.
 */
final class RequestBodyLimit extends OncePerRequestFilter {

    private static final String ERROR_PATH = "/error";

    private final long limit;
    private final ProblemResponses problems;

    RequestBodyLimit(DataSize limit, ProblemResponses problems) {
        this.limit = limit.toBytes();
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isMultipart(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > limit) {
            refuse(request, response);
            return;
        }
        chain.doFilter(request.getContentLengthLong() < 0 ? new Counted(request, limit) : request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        if (ProblemDocuments.isApi(request)) {
            problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, "api.problem.tooLarge.title",
                    "api.problem.tooLarge.detail", Math.max(1, DataSize.ofBytes(limit).toMegabytes()));
        } else {
            // The error page is reached by a forward that reads none of the body: Tomcat's own error
            // dispatch would parse the oversized form and fail on it.
            request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpStatus.CONTENT_TOO_LARGE.value());
            request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            request.getRequestDispatcher(ERROR_PATH).forward(new Unread(request), response);
        }
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.regionMatches(true, 0, MediaType.MULTIPART_FORM_DATA_VALUE, 0,
                MediaType.MULTIPART_FORM_DATA_VALUE.length());
    }

    /** The refused request as the error page sees it: a read of its address, without a body or parameters. */
    private static final class Unread extends HttpServletRequestWrapper {

        Unread(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public long getContentLengthLong() {
            return 0;
        }

        @Override
        public int getContentLength() {
            return 0;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            throw new IOException("The body of a refused request is not read");
        }
    }

    /** A request whose body of unknown length may be read only up to the limit. */
    private static final class Counted extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        Counted(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream body;
        private final long limit;
        private long read;

        CountingStream(ServletInputStream body, long limit) {
            this.body = body;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = body.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = body.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new PayloadTooLargeException(null);
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }
    }
}
