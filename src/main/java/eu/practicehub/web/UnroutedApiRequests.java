package eu.practicehub.web;

import eu.practicehub.common.ProblemDocuments;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * Problem documents for requests under {@code /api/} that never reached a REST controller: an
 * unknown path, an unsupported method, or a body or answer of a media type the API does not speak.
 */
@Component
class UnroutedApiRequests implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(UnroutedApiRequests.class);

    private final ApiProblemHandler problems;
    private final ObjectProvider<RequestMappingHandlerAdapter> adapter;

    UnroutedApiRequests(ApiProblemHandler problems, ObjectProvider<RequestMappingHandlerAdapter> adapter) {
        this.problems = problems;
        this.adapter = adapter;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception e) {
        if (!(e instanceof ErrorResponse) || !ProblemDocuments.isApi(request) || isRestController(handler)) {
            return null;
        }
        try {
            ResponseEntity<Object> answer = problems.handleException(e, new ServletWebRequest(request, response));
            if (answer == null || !(answer.getBody() instanceof ProblemDetail problem)) {
                return null;
            }
            if (problem.getInstance() == null) {
                problem.setInstance(URI.create(request.getRequestURI()));
            }
            write(answer, problem, response);
            return new ModelAndView();
        } catch (Exception failure) {
            log.warn("Could not answer an unrouted API request with a problem document", failure);
            return null;
        }
    }

    private static boolean isRestController(Object handler) {
        return handler instanceof HandlerMethod method
                && AnnotatedElementUtils.hasAnnotation(method.getBeanType(), RestController.class);
    }

    @SuppressWarnings("unchecked")
    private void write(ResponseEntity<Object> answer, ProblemDetail problem, HttpServletResponse response)
            throws java.io.IOException {
        for (HttpMessageConverter<?> converter : adapter.getObject().getMessageConverters()) {
            if (converter.canWrite(ProblemDetail.class, MediaType.APPLICATION_PROBLEM_JSON)) {
                ServletServerHttpResponse out = new ServletServerHttpResponse(response);
                out.setStatusCode(answer.getStatusCode());
                out.getHeaders().putAll(answer.getHeaders());
                ((HttpMessageConverter<Object>) converter).write(problem, MediaType.APPLICATION_PROBLEM_JSON, out);
                return;
            }
        }
        throw new IllegalStateException("no converter writes " + MediaType.APPLICATION_PROBLEM_JSON);
    }
}
