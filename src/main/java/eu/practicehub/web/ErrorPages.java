package eu.practicehub.web;

import eu.practicehub.common.ProblemDocuments;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * What the servlet container shows when a request ends in an error outside any controller: a
 * refusal of {@link RequestGate} or of the security firewall, a request the container could not
 * parse, a failure in a filter. Requests to the API get a problem document whatever they accept;
 * every other address gets the error page. {@code /error} itself is no page: asked for directly,
 * it is not found; it answers the container's error dispatch and a forward that names the error
 * (as the request body limit does, to refuse a form without reading it).
 */
@Controller
class ErrorPages implements ErrorController {


    private final MessageSource messages;
    private final ProblemDocuments problems;

    ErrorPages(MessageSource messages, ProblemDocuments problems) {
        this.messages = messages;
        this.problems = problems;
    }

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean forwardedError = request.getDispatcherType() == DispatcherType.FORWARD
                && request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null;
        if (request.getDispatcherType() != DispatcherType.ERROR && !forwardedError) {
            return page(HttpStatus.NOT_FOUND, null, response);
        }
        HttpStatus status = status(request);
        String detailCode = (String) request.getAttribute(RequestGate.PROBLEM_CODE);
        Object[] args = (Object[]) request.getAttribute(RequestGate.PROBLEM_ARGS);
        Locale locale = RequestContextUtils.getLocale(request);
        String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (path != null && ProblemDocuments.isApiPath(path.substring(request.getContextPath().length()))) {
            problems.write(response, status, null, detailCode, args, path, locale);
            return null;
        }
        String detail = detailCode == null ? null : messages.getMessage(detailCode, args, null, locale);
        return page(status, detail, response);
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null || !status.isError() ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static ModelAndView page(HttpStatus status, String detail, HttpServletResponse response) {
        String view = switch (status) {
            case NOT_FOUND -> PageErrorAdvice.NOT_FOUND_VIEW;
            case FORBIDDEN -> "error/403";
            default -> PageErrorAdvice.ERROR_VIEW;
        };
        response.setStatus(status.value());
        ModelAndView page = new ModelAndView(view, status);
        page.addObject("status", status.value());
        page.addObject("detail", detail);
        return page;
    }
}
