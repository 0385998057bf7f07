package eu.practicehub.web;

import eu.practicehub.account.AccountUser;
import eu.practicehub.common.Languages;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language a request is answered in, first that applies:
 * <ol>
 * <li>{@code ?lang=it} in the address (a shared link, or the language switch of a visitor);</li>
 * <li>the signed-in account's preferred language;</li>
 * <li>the language a visitor chose with the switch, kept in a cookie;</li>
 * <li>the first language of the browser's {@code Accept-Language} that we have messages for;</li>
 * <li>English.</li>
 * </ol>
 * The API ({@code /api/}) follows {@code Accept-Language} alone, so that a client's problem
 * documents do not change with a cookie. Only the languages of {@link Languages#CODES}
 * are ever chosen: a browser asking for German gets English, not English text with German dates.
 */
public final class PageLocales implements LocaleResolver {

    /** The languages of the pages, in the order the switch shows them. */
    public static final List<Locale> SUPPORTED = Languages.CODES.stream().map(Languages::locale).toList();

    public static final String PARAMETER = "lang";

    public static final String COOKIE = "lang";

    private static final String CHOSEN = PageLocales.class.getName() + ".chosen";

    private static final Duration KEPT = Duration.ofDays(365);

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (request.getAttribute(CHOSEN) instanceof Locale chosen) {
            return chosen;
        }
        Locale chosen = choose(request);
        request.setAttribute(CHOSEN, chosen);
        return chosen;
    }

    /** Keeps a visitor's choice in a cookie; a language we have no messages for is ignored. */
    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Locale supported = locale == null ? null : supported(locale.getLanguage());
        if (supported == null || response == null) {
            return;
        }
        Cookie cookie = new Cookie(COOKIE, supported.getLanguage());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge((int) KEPT.toSeconds());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        request.setAttribute(CHOSEN, supported);
    }

    private static Locale choose(HttpServletRequest request) {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            Locale asked = supported(asked(request));
            if (asked != null) {
                return asked;
            }
            Locale preferred = accountLanguage();
            if (preferred != null) {
                return preferred;
            }
            Locale kept = cookieLanguage(request);
            if (kept != null) {
                return kept;
            }
        }
        return browserLanguage(request);
    }

    /**
     * The {@code lang} parameter, or null. A request whose parameters are not valid percent-encoded
     * UTF-8 has none: the server refuses to read any of them, and the error page must still be shown.
     */
    static String asked(HttpServletRequest request) {
        try {
            return request.getParameter(PARAMETER);
        } catch (IllegalStateException | IllegalArgumentException unreadable) {
            return null;
        }
    }

    private static Locale accountLanguage() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountUser user) {
            return supported(user.language());
        }
        return null;
    }

    private static Locale cookieLanguage(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return supported(cookie.getValue());
                }
            }
        }
        return null;
    }

    /** The browser's languages in its order of preference; without the header the server's own default would come back. */
    private static Locale browserLanguage(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") != null) {
            for (Locale asked : Collections.list(request.getLocales())) {
                Locale supported = supported(asked.getLanguage());
                if (supported != null) {
                    return supported;
                }
            }
        }
        return Locale.ENGLISH;
    }

    /** The language of this code if the pages speak it ("it", "IT", "it-CH"), else null. */
    public static Locale supported(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String language = Locale.forLanguageTag(code.strip().replace('_', '-')).getLanguage();
        for (Locale locale : SUPPORTED) {
            if (locale.getLanguage().equals(language)) {
                return locale;
            }
        }
        return null;
    }
}
