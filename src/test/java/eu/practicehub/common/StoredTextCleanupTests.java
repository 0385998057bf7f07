package eu.practicehub.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Migration 15 on a database that holds text stored before every door checked it: each refused
 * character becomes U+FFFD, in history tables too, and clean text is left exactly as it was.
 */
@SpringBootTest
@Tag("database")
class StoredTextCleanupTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void replacesEachRefusedCharacterOfEveryTableAndLeavesCleanTextAlone() throws Exception {
        long project = jdbc.queryForObject("select id from project where project_key = 'BETTER'", Long.class);
        jdbc.update("insert into theme (project_id, name) values (?, ?)", project, "Escaped\u001b[31m red\u007f");
        jdbc.update("insert into theme (project_id, name) values (?, ?)", project, "Line\u0085break \uFFFF end");
        jdbc.update("insert into theme (project_id, name) values (?, ?)", project, "Clean\ttab, line\nbreak, Gävle 😀");
        jdbc.update("insert into history_revision (changed_at, actor_name) values (current_timestamp, ?)", "Someone\u0007 ringing");

        try (Connection connection = dataSource.getConnection()) {
            new StoredTextCleanup().migrate(context(connection));
        }

        assertThat(jdbc.queryForList("select name from theme where project_id = ? and (name like 'Escaped%' "
                + "or name like 'Line%' or name like 'Clean%') order by name", String.class, project))
                .containsExactly("Clean\ttab, line\nbreak, Gävle 😀", "Escaped\uFFFD[31m red\uFFFD", "Line\uFFFDbreak \uFFFD end");
        assertThat(jdbc.queryForObject("select count(*) from history_revision where actor_name = ?", Long.class,
                "Someone\uFFFD ringing")).isOne();
        assertThat(jdbc.queryForObject("select count(*) from practice where summary is not null", Long.class))
                .as("the demo's own texts are untouched").isPositive();
        jdbc.update("delete from theme where project_id = ? and (name like 'Escaped%' or name like 'Line%' "
                + "or name like 'Clean%')", project);
        jdbc.update("delete from history_revision where actor_name = ?", "Someone\uFFFD ringing");
    }

    private static Context context(Connection connection) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return connection;
            }
        };
    }
}
