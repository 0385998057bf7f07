package eu.practicehub.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Links to WebJars files are written with their version ({@code /webjars/bootstrap/5.3.3/...}), so
 * browsers may keep them; every other link a page builds (a practice, an event, a page of a list) is
 * left as it is. Spring's {@link ResourceUrlEncodingFilter} alone offers every link to the static
 * resource lookup, which searches the class path for it: most of a page's CPU time went there. This
 * one offers it only the links under {@code /webjars/}, and takes the place of Spring Boot's.
 */
@Configuration(proxyBeanMethods = false)
class StaticLinkEncoding {

    static final String WEBJARS = "/webjars/";

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> webjarLinkEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new WebjarLinkEncodingFilter());
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    static class WebjarLinkEncodingFilter extends ResourceUrlEncodingFilter {

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse plain)) {
                chain.doFilter(request, response);
                return;
            }
            String webjars = http.getContextPath() + WEBJARS;
            super.doFilter(request, response, (wrappedRequest, resolving) -> chain.doFilter(wrappedRequest,
                    new OnlyWebjarLinks((HttpServletResponse) resolving, plain, webjars)));
        }
    }

    /** Sends links under {@code /webjars/} to the resolving response, all others past it. */
    private static final class OnlyWebjarLinks extends HttpServletResponseWrapper {

        private final HttpServletResponse plain;
        private final String webjars;

        OnlyWebjarLinks(HttpServletResponse resolving, HttpServletResponse plain, String webjars) {
            super(resolving);
            this.plain = plain;
            this.webjars = webjars;
        }

        @Override
        public String encodeURL(String url) {
            return url.startsWith(webjars) ? super.encodeURL(url) : plain.encodeURL(url);
        }
    }
}
