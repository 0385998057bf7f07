package eu.practicehub.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    /**
     * An address the security firewall refuses (encoded slashes or dots, "..", ";", a control
     * character) is a bad request, answered by {@link ErrorPages}: a problem document for the API,
     * the error page elsewhere.
     */
    @Bean
    RequestRejectedHandler refusedAddresses() {
        return (request, response, refused) -> {
            request.setAttribute(RequestGate.PROBLEM_CODE, "request.address.refused");
            response.sendError(HttpStatus.BAD_REQUEST.value());
        };
    }

    /** "Today" for the pages; tests replace it with a fixed clock. */
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    /**
     * The pages speak only the languages we have messages for; without this a browser asking
     * for German would get English text with German dates.
     */
    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(List.of(Locale.ENGLISH));
        resolver.setDefaultLocale(Locale.ENGLISH);
        return resolver;
    }
}
