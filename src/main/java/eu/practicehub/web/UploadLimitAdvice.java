package eu.practicehub.web;

import eu.practicehub.common.LocalPaths;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A file larger than the upload limit is refused before any controller sees it; the person is sent
 * back to the form the file came from with a message saying how large a file may be, instead of a
 * bare 413.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

    private final MessageSource messages;
    private final MultipartProperties multipart;

    UploadLimitAdvice(MessageSource messages, MultipartProperties multipart) {
        this.messages = messages;
        this.multipart = multipart;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request, RedirectAttributes redirect, Locale locale) {
        long megabytes = Math.max(1, multipart.getMaxFileSize().toMegabytes());
        redirect.addFlashAttribute("problems",
                List.of(messages.getMessage("upload.tooLarge", new Object[] {megabytes}, locale)));
        String form = request.getRequestURI().substring(request.getContextPath().length());
        return "redirect:" + LocalPaths.within("/", form).orElse("/");
    }
}
