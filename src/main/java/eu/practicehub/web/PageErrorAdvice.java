package eu.practicehub.web;

import eu.practicehub.common.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers the pages' requests for records that do not exist with the 404 page. Limited to the
 * page controllers' packages: the JSON API answers with problem documents of its own.
 */
@ControllerAdvice(basePackages = {"eu.practicehub.web", "eu.practicehub.practice.web", "eu.practicehub.event.web"})
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrorAdvice {

    static final String NOT_FOUND_VIEW = "error/404";

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e) {
        return notFoundPage(e.kind(), e.reference());
    }

    /** A path whose id is not a number names no record either. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView malformedId(MethodArgumentTypeMismatchException e) {
        return notFoundPage(null, String.valueOf(e.getValue()));
    }

    private static ModelAndView notFoundPage(String kind, String reference) {
        ModelAndView page = new ModelAndView(NOT_FOUND_VIEW, HttpStatus.NOT_FOUND);
        page.addObject("missingKind", kind);
        page.addObject("missingReference", reference);
        return page;
    }
}
