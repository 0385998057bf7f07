package eu.practicehub.account.security;

import eu.practicehub.common.ProblemDocuments;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** The API's answers when a request is not signed in (401) or not allowed (403), as RFC 9457 problem documents. */
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ProblemDocuments documents;

    ProblemResponses(ProblemDocuments documents) {
        this.documents = documents;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String detail = request.getHeader(HttpHeaders.AUTHORIZATION) == null ? "api.problem.unauthorized.detail"
                : "api.problem.unauthorized.token";
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"PracticeHub\"");
        write(request, response, HttpStatus.UNAUTHORIZED, "api.problem.unauthorized.title", detail);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "api.problem.forbidden.title", "api.problem.forbidden.detail");
    }

    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String titleCode,
            String detailCode, Object... detailArgs) throws IOException {
        documents.write(request, response, status, titleCode, detailCode, detailArgs);
    }
}
