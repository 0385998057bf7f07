package eu.practicehub.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import eu.practicehub.account.Account;
import eu.practicehub.account.AccountService;
import eu.practicehub.account.TestAccounts;
import eu.practicehub.practice.Practice;
import eu.practicehub.practice.PracticeService;
import eu.practicehub.practice.PracticeSpec;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Text rules hold in the domain, whatever the door: a service refuses a text with a control
 * character naming its field, and a record changed past the services is still not written with one.
 */
@SpringBootTest
@Tag("database")
class StoredTextTests {

    @Autowired
    PracticeService practices;

    @Autowired
    ProjectService projects;

    @Autowired
    AccountService accounts;

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aServiceRefusesTextWithAControlCharacterAndNamesEachField() {
        Account admin = TestAccounts.create(accounts, "stored-text", true);
        Project better = projects.project("BETTER");
        PracticeSpec spec = new PracticeSpec("Escape\u001b[31m", "Genoa", List.of(), "Nul\u0000", null, "Fine\ttext\n",
                null, null, null, null, "Half \ud800 a pair", null, null, null);

        Throwable refused = catchThrowable(() -> TestAccounts.as(admin, () -> practices.create(better, spec)));

        assertThat(refused).isInstanceOf(RuleViolationException.class);
        assertThat(((RuleViolationException) refused).violations()).extracting(Violation::field, Violation::code)
                .contains(org.assertj.core.groups.Tuple.tuple("title", "validation.controlCharacter"),
                        org.assertj.core.groups.Tuple.tuple("summary", "validation.controlCharacter"),
                        org.assertj.core.groups.Tuple.tuple("location", "validation.controlCharacter"))
                .doesNotContain(org.assertj.core.groups.Tuple.tuple("description", "validation.controlCharacter"));
        assertThat(jdbc.queryForObject("select count(*) from practice where title like 'Escape%'", Long.class)).isZero();
    }

    @Test
    void aRecordChangedPastTheServicesIsStillNotWrittenWithAControlCharacter() {
        long id = jdbc.queryForObject("select min(p.id) from practice p join project j on j.id = p.project_id "
                + "where j.project_key = 'BETTER'", Long.class);
        String summary = jdbc.queryForObject("select summary from practice where id = ?", String.class, id);

        Throwable refused = catchThrowable(() -> transactions.executeWithoutResult(status -> {
            Practice practice = entityManager.find(Practice.class, id);
            ReflectionTestUtils.setField(practice, "summary", "Written past every check\u0000");
            entityManager.flush();
        }));

        RuleViolationException broken = cause(refused);
        assertThat(broken).as("refused by the last check, not by the database: " + refused).isNotNull();
        assertThat(broken.violations()).containsExactly(Violation.of("summary", "validation.controlCharacter"));
        assertThat(jdbc.queryForObject("select summary from practice where id = ?", String.class, id)).isEqualTo(summary);
    }

    private static RuleViolationException cause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RuleViolationException broken) {
                return broken;
            }
        }
        return null;
    }
}
