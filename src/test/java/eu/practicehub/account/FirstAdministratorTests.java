package eu.practicehub.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.practicehub.PracticeHubApplication;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;

/** A start outside the demo needs an administrator: from the environment, or refused with a clear message. */
class FirstAdministratorTests {

    @Test
    void aStartWithoutDemoAndWithoutAdministratorIsRefusedSayingWhichVariablesToSet() {
        assertThatThrownBy(() -> start("--practicehub.demo.enabled=false").close())
                .isInstanceOf(MissingAdministratorException.class)
                .hasMessageContaining("PracticeHub has no administrator and will not start without one")
                .hasMessageContaining("PRACTICEHUB_ADMIN_EMAIL and PRACTICEHUB_ADMIN_PASSWORD");
    }

    @Test
    void theFailureAnalysisTellsTheMessageInsteadOfAStackTrace() {
        FailureAnalysis analysis = new MissingAdministratorFailureAnalyzer()
                .analyze(new IllegalStateException(new MissingAdministratorException(MissingAdministratorException.NO_ADMINISTRATOR)));
        assertThat(analysis.getDescription()).startsWith("PracticeHub has no administrator");
        assertThat(analysis.getAction()).contains("PRACTICEHUB_ADMIN_EMAIL", "PRACTICEHUB_ADMIN_PASSWORD");
    }

    @Test
    void aStartWithoutDemoCreatesTheAdministratorGivenByTheEnvironment() {
        try (ConfigurableApplicationContext context = start("--practicehub.demo.enabled=false",
                "--practicehub.admin.email=First.Admin@Example.org", "--practicehub.admin.password=a long admin password",
                "--practicehub.admin.time-zone=Europe/Tallinn")) {
            AccountService accounts = context.getBean(AccountService.class);
            Account admin = accounts.accountByEmail("first.admin@example.org").orElseThrow();
            assertThat(admin.isAdmin()).isTrue();
            assertThat(admin.getTimeZone()).isEqualTo("Europe/Tallinn");
            assertThat(context.getBean(org.springframework.security.crypto.password.PasswordEncoder.class)
                    .matches("a long admin password", admin.getPasswordHash())).isTrue();
        }
    }

    @Test
    void aFirstAdministratorInAZoneThatDoesNotExistIsRefusedSayingWhichVariableToFix() {
        assertThatThrownBy(() -> start("--practicehub.demo.enabled=false", "--practicehub.admin.email=zone.admin@example.org",
                "--practicehub.admin.password=a long admin password", "--practicehub.admin.time-zone=Mars/Olympus").close())
                .isInstanceOf(MissingAdministratorException.class)
                .hasMessageContaining("timeZone validation.timeZone")
                .hasMessageContaining("PRACTICEHUB_ADMIN_TIMEZONE, when set, the IANA name of a time zone");
    }

    @Test
    void withoutAZoneTheFirstAdministratorTakesTheServersByItsName() {
        assertThat(new AdministratorSettings("a@example.org", "a long admin password", " Europe/Rome ").zone())
                .isEqualTo("Europe/Rome");
        assertThat(new AdministratorSettings("a@example.org", "a long admin password", null).zone())
                .isEqualTo(TimeZones.server());
        assertThat(TimeZones.isKnown(TimeZones.server())).isTrue();
        assertThat(TimeZones.nameOf(ZoneId.of("Etc/UTC"))).isEqualTo("UTC");
        assertThat(TimeZones.nameOf(ZoneOffset.UTC)).isEqualTo("UTC");
        assertThat(TimeZones.nameOf(ZoneId.of("Europe/Budapest"))).isEqualTo("Europe/Budapest");
    }

    private static ConfigurableApplicationContext start(String... args) {
        String[] all = new String[args.length + 5];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--spring.datasource.url=jdbc:h2:mem:first-admin-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        all[args.length + 1] = "--spring.datasource.username=sa";
        all[args.length + 2] = "--spring.datasource.password=";
        all[args.length + 3] = "--server.port=0";
        all[args.length + 4] = "--spring.jmx.enabled=false";
        return new SpringApplication(PracticeHubApplication.class).run(all);
    }
}
