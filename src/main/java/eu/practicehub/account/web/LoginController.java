package eu.practicehub.account.web;

import eu.practicehub.account.Access;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security handles the form it sends and signing out. */
@Controller
class LoginController {

    static final String LOGIN_VIEW = "account/login";

    private final Access access;

    LoginController(Access access) {
        this.access = access;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute(CsrfForVisitors.ATTRIBUTE, true);
        return access.isSignedIn() ? "redirect:/" : LOGIN_VIEW;
    }
}
