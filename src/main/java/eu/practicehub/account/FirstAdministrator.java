package eu.practicehub.account;

import eu.practicehub.common.RuleViolationException;
import eu.practicehub.common.StartUpLock;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a start that finds no administrator: creates the one given by {@link AdministratorSettings}, or,
 * outside the embedded demo (which creates its own accounts next), refuses to start. Nodes that start
 * together on one database look one after another ({@link StartUpLock}), so only the first creates it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@EnableConfigurationProperties(AdministratorSettings.class)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AccountService accounts;
    private final AdministratorSettings settings;
    private final boolean demo;
    private final StartUpLock lock;

    FirstAdministrator(AccountService accounts, AdministratorSettings settings,
            @Value("${practicehub.demo.enabled:true}") boolean demo, StartUpLock lock) {
        this.accounts = accounts;
        this.settings = settings;
        this.demo = demo;
        this.lock = lock;
    }

    @Override
    public void run(ApplicationArguments args) {
        lock.runAlone(this::ensureAdministrator);
    }

    private void ensureAdministrator() {
        if (accounts.hasAdministrator()) {
            return;
        }
        if (settings.isComplete()) {
            create();
        } else if (!demo) {
            throw new MissingAdministratorException(MissingAdministratorException.NO_ADMINISTRATOR);
        }
    }

    private void create() {
        try {
            Account admin = accounts.register(new AccountService.NewAccount(settings.email(), "Administrator", "en", true,
                    settings.password(), settings.zone()));
            log.info("Created the first administrator {} in the time zone {} from PRACTICEHUB_ADMIN_EMAIL", admin.getEmail(),
                    admin.getTimeZone());
        } catch (RuleViolationException e) {
            String problems = e.violations().stream().map(v -> v.field() + " " + v.code())
                    .collect(Collectors.joining(", "));
            throw new MissingAdministratorException("The first administrator from PRACTICEHUB_ADMIN_EMAIL and "
                    + "PRACTICEHUB_ADMIN_PASSWORD could not be created (" + problems + "): the email must be a valid "
                    + "address not used by another account, the password at least "
                    + AccountService.MIN_PASSWORD_LENGTH + " characters long and PRACTICEHUB_ADMIN_TIMEZONE, when set, the "
                    + "IANA name of a time zone such as Europe/Rome. " + MissingAdministratorException.NO_ADMINISTRATOR);
        }
    }
}
