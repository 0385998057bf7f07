package eu.practicehub.practice;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.common.StoredTextCleanup;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;

/**
 * The practice's public column is indexed with the project (migration V23), and the database answers
 * a count of a project's public practices from that index, on H2 as on PostgreSQL.
 */
@Tag("database")
@DataJpaTest(showSql = false)
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(StoredTextCleanup.class)
class PublicColumnIndexTests {

    private static final String COUNT = "select count(*) from practice where project_id = 1 and public_visible = true";
    private static final String BY_STATUS =
            "select status, count(*) from practice where project_id = 1 and public_visible = true group by status";

    @Autowired
    DataSource dataSource;

    @Test
    void thePublicColumnIsIndexedWithTheProjectAndWithTheOwner() throws SQLException {
        Map<String, List<String>> indexes = indexes("practice");

        assertThat(indexes.get("ix_practice_project_public"))
                .containsExactly("project_id", "public_visible", "status", "identified_on");
        assertThat(indexes.get("ix_practice_owner_public")).containsExactly("owner_id", "public_visible");
    }

    @Test
    void countsOfAProjectsPublicPracticesReadTheIndexAlone() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            boolean postgres = connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
            if (postgres) {
                // The test's table is nearly empty, where any scan will do: leave the planner only plans that read an
                // index alone, which it finds only if an index holds every column the count needs.
                statement.execute("set enable_seqscan = off");
                statement.execute("set enable_indexscan = off");
                statement.execute("set enable_bitmapscan = off");
            }
            for (String count : List.of(COUNT, BY_STATUS)) {
                String plan = explain(statement, count).toLowerCase(Locale.ROOT);
                assertThat(plan).as(count).contains("ix_practice_project_public");
                if (postgres) {
                    assertThat(plan).as(count).contains("index only scan");
                } else {
                    // H2 names the index it reads and, when no row has to be read, adds nothing else to scan.
                    assertThat(plan).as(count).doesNotContain("tablescan", "primary_key");
                }
            }
            if (postgres) {
                statement.execute("reset all");
            }
        }
    }

    private static String explain(Statement statement, String query) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (ResultSet rows = statement.executeQuery("explain " + query)) {
            while (rows.next()) {
                plan.append(rows.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }

    private Map<String, List<String>> indexes(String table) throws SQLException {
        Map<String, Map<Short, String>> indexes = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            String name = metaData.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
            try (ResultSet rows = metaData.getIndexInfo(null, null, name, false, false)) {
                while (rows.next()) {
                    String index = rows.getString("INDEX_NAME");
                    if (index != null) {
                        indexes.computeIfAbsent(index.toLowerCase(Locale.ROOT), i -> new TreeMap<>())
                                .put(rows.getShort("ORDINAL_POSITION"), rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        Map<String, List<String>> columns = new LinkedHashMap<>();
        indexes.forEach((index, byPosition) -> columns.put(index, List.copyOf(byPosition.values())));
        return columns;
    }
}
