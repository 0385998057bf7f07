package eu.practicehub.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The language switch of the page header ({@code @languageSwitch} in templates): for each language
 * the address of this same page in it. A visitor follows the link ({@code ?lang=}, kept in a cookie);
 * a signed-in person sends the language to their profile, so that every page follows.
 */
@Component("languageSwitch")
public class LanguageSwitch {

    /** One language of the switch: its code, the address of this page in it, and whether it is the page's. */
    public record Choice(String code, String href, boolean current) {
    }

    public List<Choice> choices() {
        String here = here(true);
        String current = LocaleContextHolder.getLocale().getLanguage();
        return PageLocales.SUPPORTED.stream().map(Locale::getLanguage)
                .map(code -> new Choice(code, UriComponentsBuilder.fromUriString(here)
                        .replaceQueryParam(PageLocales.PARAMETER, code).build().toUriString(), code.equals(current)))
                .toList();
    }

    /** This page's address within the application (path and query, without {@code lang}), to come back to after a choice. */
    public String here() {
        return here(false);
    }

    private static String here(boolean withContextPath) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return "/";
        }
        HttpServletRequest request = attributes.getRequest();
        String uri = request.getRequestURI();
        String query = request.getQueryString();
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed) {
            uri = failed;
            query = null;
        } else if (request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI) instanceof String forwarded) {
            uri = forwarded;
            query = (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        }
        if (!withContextPath && uri.startsWith(request.getContextPath())) {
            uri = uri.substring(request.getContextPath().length());
        }
        return UriComponentsBuilder.fromPath(uri.isEmpty() ? "/" : uri).query(query)
                .replaceQueryParam(PageLocales.PARAMETER).build().toUriString();
    }
}
