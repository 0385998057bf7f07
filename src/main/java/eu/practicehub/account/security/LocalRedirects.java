package eu.practicehub.account.security;

import eu.practicehub.common.LocalPaths;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Redirects to a path of this site only. After signing in, the browser returns to the page it asked for,
 * which Spring Security keeps as an absolute address built from that request's Host; only its path and
 * query are followed.
 */
final class LocalRedirects implements RedirectStrategy {

    private final RedirectStrategy redirects = new DefaultRedirectStrategy();

    /** Back to the page asked for before signing in (its path), or to the start page. */
    static AuthenticationSuccessHandler afterSignIn() {
        SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler();
        handler.setRedirectStrategy(new LocalRedirects());
        return handler;
    }

    @Override
    public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
        redirects.sendRedirect(request, response, LocalPaths.within("/", path(url, request.getContextPath())).orElse("/"));
    }

    /** The address's path below the context path, with its query. */
    private static String path(String url, String contextPath) {
        try {
            URI uri = new URI(url);
            if (!uri.isAbsolute()) {
                return url;
            }
            String path = uri.getRawPath() == null || !uri.getRawPath().startsWith(contextPath) ? ""
                    : uri.getRawPath().substring(contextPath.length());
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (URISyntaxException e) {
            return "";
        }
    }
}
