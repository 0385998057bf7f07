package eu.practicehub.account.web;

import eu.practicehub.account.AccountLinks;
import eu.practicehub.account.AccountLinks.LinkCheck;
import eu.practicehub.account.AccountLinks.State;
import eu.practicehub.account.TimeZones;
import eu.practicehub.common.FormErrors;
import eu.practicehub.common.RuleViolationException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page of a one-time link, where an invited person (or one whose password was reset) chooses a password; an
 * invited person also sees the time zone the invitation gave them, to keep or change.
 */
@Controller
class SetupController {

    static final String SETUP_VIEW = "account/setup";

    private final AccountLinks links;

    SetupController(AccountLinks links) {
        this.links = links;
    }

    @GetMapping(AccountLinks.SETUP_PATH)
    String form(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        LinkCheck link = links.check(token);
        SetupForm form = new SetupForm();
        form.setToken(token);
        if (link.state() == State.USABLE) {
            form.setTimeZone(link.account().getTimeZone());
        }
        return show(link, form, model, response);
    }

    @PostMapping(AccountLinks.SETUP_PATH)
    String choose(@ModelAttribute SetupForm setupForm, BindingResult result, Model model, HttpServletResponse response) {
        LinkCheck link = links.check(setupForm.getToken());
        if (link.state() != State.USABLE) {
            return show(link, setupForm, model, response);
        }
        try {
            links.choosePassword(setupForm.getToken(), setupForm.getPassword(), setupForm.getRepeatPassword(),
                    setupForm.getTimeZone());
            return "redirect:/login?passwordSet";
        } catch (RuleViolationException e) {
            FormErrors.reject(result, e.violations());
            setupForm.setPassword(null);
            setupForm.setRepeatPassword(null);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(links.check(setupForm.getToken()), setupForm, model, response);
        }
    }

    private static String show(LinkCheck link, SetupForm form, Model model, HttpServletResponse response) {
        if (link.state() != State.USABLE) {
            response.setStatus(link.state() == State.UNKNOWN ? HttpStatus.NOT_FOUND.value() : HttpStatus.GONE.value());
        }
        model.addAttribute("state", link.state().name());
        model.addAttribute("email", link.account() == null ? null : link.account().getEmail());
        model.addAttribute("purpose", link.purpose() == null ? null : link.purpose().name());
        model.addAttribute("setupForm", form);
        model.addAttribute("timeZones", TimeZones.offeredWith(link.account() == null ? null : link.account().getTimeZone()));
        model.addAttribute(CsrfForVisitors.ATTRIBUTE, true);
        return SETUP_VIEW;
    }
}
