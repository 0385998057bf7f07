package eu.practicehub.account.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * After a failed sign-in, back to the sign-in page with the email that was typed, so that only the
 * password is typed again. The email travels as a flash attribute of the session, for that one page,
 * never in the address; the password is never kept. Unlike Spring Security's usual failure handler,
 * this one leaves the exception out of the session: it carries the sign-in request with the password
 * typed, which a session stored in the database would write to disk.
 */
final class SignInFailure implements AuthenticationFailureHandler {

    /** The model attribute of the sign-in page that holds the email typed before. */
    static final String EMAIL = "email";

    private static final String FAILED = "/login?error";

    /** As long as the sign-in form lets an email be. */
    private static final int MAX_EMAIL = 254;

    private final FlashMapManager flashMaps = new SessionFlashMapManager();
    private final RedirectStrategy redirects = new DefaultRedirectStrategy();

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String email = request.getParameter("username");
        if (email != null && !email.isBlank()) {
            FlashMap flash = new FlashMap();
            flash.put(EMAIL, email.strip().substring(0, Math.min(email.strip().length(), MAX_EMAIL)));
            flash.setTargetRequestPath(request.getContextPath() + "/login");
            flashMaps.saveOutputFlashMap(flash, request, response);
        }
        redirects.sendRedirect(request, response, FAILED);
    }
}
