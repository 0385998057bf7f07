package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The records an import writes by the thousand take their ids from a sequence per table, 50 at a time,
 * so that their inserts are sent to the database in batches; an identity column hands out one id per
 * insert, sent alone. Each sequence starts after the ids already given, on H2 and PostgreSQL alike (so
 * this migration is Java: the start is read from the table). The identity columns stay as they were.
 */
public class V22__import_id_sequences extends BaseJavaMigration {

    /** How many ids the application takes from a sequence at a time: the entities' {@code allocationSize}. */
    static final int ALLOCATION = 50;

    static final List<String> TABLES = List.of("partner", "practice", "learning_event", "event_activity", "transfer",
            "action_plan", "plan_action", "action_indicator", "action_update");

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        for (String table : TABLES) {
            long max;
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("select coalesce(max(id), 0) from " + table)) {
                rows.next();
                max = rows.getLong(1);
            }
            // From a sequence at its start (1), the application takes ids 1 to 50, as an empty table's
            // identity would give; from any other value, the 49 ids before it and the value itself.
            long start = max == 0 ? 1 : max + ALLOCATION + 1;
            try (Statement statement = connection.createStatement()) {
                statement.execute("create sequence " + table + "_seq start with " + start + " increment by " + ALLOCATION);
            }
        }
    }
}
