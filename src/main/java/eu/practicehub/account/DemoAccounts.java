package eu.practicehub.account;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The embedded demo's accounts, with fixed passwords that the README lists: a coordinator of the demo
 * project, an editor of each of its partners, a viewer of one partner, and an administrator when no other
 * administrator exists. Accounts whose email is taken already are left as they are.
 */
@Service
public class DemoAccounts {

    public static final String DOMAIN = "better.example";
    public static final String ADMIN_PASSWORD = "demo-admin-password";
    public static final String COORDINATOR_PASSWORD = "demo-coordinator-password";
    public static final String EDITOR_PASSWORD = "demo-editor-password";
    public static final String VIEWER_PASSWORD = "demo-viewer-password";

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final AccountService accounts;

    DemoAccounts(AccountService accounts) {
        this.accounts = accounts;
    }

    /** A partner of the demo project, as the demo accounts need it. */
    public record DemoPartner(long id, String shortName) {
    }

    /** A demo account's email, password and what it may do, as the log and the README show them. */
    public record Credential(String email, String password, String role) {
    }

    /** Creates the missing demo accounts of the project; the viewer views {@code viewerPartner}. */
    @Transactional
    public List<Credential> ensure(long projectId, String projectKey, List<DemoPartner> partners, DemoPartner viewerPartner) {
        List<Credential> credentials = new ArrayList<>();
        if (!accounts.hasAdministrator() || accounts.accountByEmail(email("admin")).filter(Account::isAdmin).isPresent()) {
            ensure(email("admin"), "Demo administrator", true, ADMIN_PASSWORD, projectId, null, null);
            credentials.add(new Credential(email("admin"), ADMIN_PASSWORD, "administrator"));
        }
        Account coordinator = ensure(email("coordinator"), "Demo coordinator of " + projectKey, false, COORDINATOR_PASSWORD,
                projectId, null, Role.COORDINATOR);
        credentials.add(new Credential(coordinator.getEmail(), COORDINATOR_PASSWORD, "coordinator of " + projectKey));
        for (DemoPartner partner : partners) {
            Account editor = ensure(email("editor." + plain(partner.shortName())), "Demo editor, " + partner.shortName(),
                    false, EDITOR_PASSWORD, projectId, partner.id(), Role.EDITOR);
            credentials.add(new Credential(editor.getEmail(), EDITOR_PASSWORD, "editor of " + partner.shortName()));
        }
        Account viewer = ensure(email("viewer"), "Demo viewer, " + viewerPartner.shortName(), false, VIEWER_PASSWORD,
                projectId, viewerPartner.id(), Role.VIEWER);
        credentials.add(new Credential(viewer.getEmail(), VIEWER_PASSWORD, "viewer of " + viewerPartner.shortName()));
        log.info(block(credentials));
        return credentials;
    }

    /**
     * Creates the account with its role unless its email is taken: an existing demo account keeps the
     * roles a coordinator left it, a removed role is not given back.
     */
    private Account ensure(String email, String name, boolean admin, String password, long projectId, Long partnerId,
            Role role) {
        return accounts.accountByEmail(email).orElseGet(() -> {
            Account created = accounts.register(new AccountService.NewAccount(email, name, "en", admin, password));
            if (role != null) {
                accounts.grant(created.getId(), projectId, partnerId, role);
            }
            return created;
        });
    }

    /** The partner's name as the local part of an email: "Nyíregyháza" becomes "nyiregyhaza". */
    static String plain(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]", "");
    }

    static String email(String localPart) {
        return localPart + "@" + DOMAIN;
    }

    private static String block(List<Credential> credentials) {
        StringBuilder text = new StringBuilder("\n==== Demo accounts (sign in at /login; passwords as created, "
                + "unless changed since) ====\n");
        for (Credential c : credentials) {
            text.append(String.format("  %-36s %-28s %s%n", c.email(), c.password(), c.role()));
        }
        return text.append("==== Set PRACTICEHUB_ADMIN_EMAIL and PRACTICEHUB_ADMIN_PASSWORD for a real administrator ====").toString();
    }
}
