package eu.practicehub.web;

import eu.practicehub.common.ProblemDocuments;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Requests the servlet container refuses before the application sees them, such as an address
 * holding {@code %00} or bytes that are not UTF-8: answered like every other refusal, a problem
 * document for the API and a plain error page elsewhere, instead of the container's own report.
 */
@Component
class ContainerErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final MessageSource messages;
    private final ProblemDocuments problems;

    ContainerErrors(MessageSource messages, ProblemDocuments problems) {
        this.messages = messages;
        this.problems = problems;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            StandardHost host = (StandardHost) context.getParent();
            host.setErrorReportValveClass(Report.class.getName());
            host.getPipeline().addValve(new Report(messages, problems));
        });
    }

    /** The host's error report, in the application's words. */
    static class Report extends ErrorReportValve {

        private final MessageSource messages;
        private final ProblemDocuments problems;

        Report(MessageSource messages, ProblemDocuments problems) {
            this.messages = messages;
            this.problems = problems;
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            AtomicBoolean ioAllowed = new AtomicBoolean(false);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get()) {
                return;
            }
            String path = request.getCoyoteRequest().requestURI().toString();
            Locale locale = request.getLocale();
            HttpStatus known = HttpStatus.resolve(status);
            HttpStatus answer = known == null ? HttpStatus.BAD_REQUEST : known;
            try {
                response.resetBuffer();
                if (ProblemDocuments.isApiPath(path)) {
                    problems.write(response, answer, null, null, null, path, locale);
                } else {
                    writePage(response, answer, locale);
                }
                response.finishResponse();
            } catch (IOException | RuntimeException e) {
                container.getLogger().debug("Could not write the error report", e);
            }
        }

        /** The error page's words without its layout: the application that draws the layout never saw the request. */
        private void writePage(Response response, HttpStatus status, Locale locale) throws IOException {
            String html = """
                    <!DOCTYPE html>
                    <html lang="en">
                    <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                    <title>%s</title></head>
                    <body><main><h1>%s</h1><p>%s</p><p>%s</p><p><a href="/">%s</a></p></main></body>
                    </html>
                    """.formatted(escaped("error.title", locale), escaped("error.heading", locale),
                    escaped(status.is4xxClientError() ? "error.request" : "error.server", locale),
                    HtmlUtils.htmlEscape(messages.getMessage("error.status", new Object[] {status.value()}, locale)),
                    escaped("error.home", locale));
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            try (OutputStream out = response.getOutputStream()) {
                out.write(html.getBytes(StandardCharsets.UTF_8));
            }
        }

        private String escaped(String code, Locale locale) {
            return HtmlUtils.htmlEscape(text(code, locale));
        }

        private String text(String code, Locale locale) {
            return messages.getMessage(code, null, locale);
        }
    }
}
