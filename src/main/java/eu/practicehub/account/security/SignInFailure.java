package eu.practicehub.account.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * After a failed sign-in, back to the sign-in page with the email that was typed, so that only the
 * password is typed again. The email travels as a flash attribute of the session, for that one page,
 * never in the address; the password is never kept.
 */
final class SignInFailure extends SimpleUrlAuthenticationFailureHandler {

    /** The model attribute of the sign-in page that holds the email typed before. */
    static final String EMAIL = "email";

    /** As long as the sign-in form lets an email be. */
    private static final int MAX_EMAIL = 254;

    private final FlashMapManager flashMaps = new SessionFlashMapManager();

    SignInFailure() {
        super("/login?error");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException, ServletException {
        String email = request.getParameter("username");
        if (email != null && !email.isBlank()) {
            FlashMap flash = new FlashMap();
            flash.put(EMAIL, email.strip().substring(0, Math.min(email.strip().length(), MAX_EMAIL)));
            flash.setTargetRequestPath(request.getContextPath() + "/login");
            flashMaps.saveOutputFlashMap(flash, request, response);
        }
        super.onAuthenticationFailure(request, response, exception);
    }
}
