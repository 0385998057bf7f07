package eu.practicehub.web;

import eu.practicehub.project.Project;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

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

    /** The language of each request: see {@link PageLocales}. */
    @Bean
    LocaleResolver localeResolver() {
        return new PageLocales();
    }

    /** {@code ?lang=it} on any page keeps the choice of a visitor in a cookie; the language and project of each answer. */
    @Bean
    WebMvcConfigurer languageInterceptors() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new HandlerInterceptor() {
                    /** A visitor's {@code ?lang=} on a page they read is kept in a cookie (see {@link PageLocales}). */
                    @Override
                    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                        String asked = PageLocales.asked(request);
                        if (asked != null && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
                            Locale chosen = PageLocales.supported(asked);
                            if (chosen != null) {
                                RequestContextUtils.getLocaleResolver(request).setLocale(request, response, chosen);
                            }
                        }
                        return true;
                    }
                }).excludePathPatterns("/api/**");
                registry.addInterceptor(new HandlerInterceptor() {
                    /** The API's answers say their language too (pages get it from the view they render). */
                    @Override
                    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                        response.setLocale(RequestContextUtils.getLocale(request));
                        return true;
                    }
                }).addPathPatterns("/api/**");
                registry.addInterceptor(new HandlerInterceptor() {
                    /** The project a page shows, read with its lead partner's zone, so that its moments need no query of their own. */
                    @Override
                    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                            ModelAndView page) {
                        if (page != null && page.getModel().get("project") instanceof Project shown) {
                            request.setAttribute(Instants.PAGE_PROJECT, shown);
                        }
                    }
                }).addPathPatterns("/projects/**");
            }

        };
    }
}
