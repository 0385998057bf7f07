package eu.practicehub.common;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Migration 15: text stored before every door checked it (a YAML body once skipped the JSON checks)
 * may hold characters that {@link Text#isClean} refuses, which break feeds and forms and keep a
 * project's export from being imported again. Each such character, in every text column of every
 * table (histories included), becomes U+FFFD, so that the place of what was lost stays visible.
 * A Spring bean, so that Flyway runs it in order with the SQL migrations.
 */
@Component
public class StoredTextCleanup implements JavaMigration {

    private static final Logger log = LoggerFactory.getLogger(StoredTextCleanup.class);
    private static final Set<Integer> TEXT_TYPES = Set.of(Types.VARCHAR, Types.CHAR, Types.NVARCHAR, Types.NCHAR,
            Types.LONGVARCHAR, Types.LONGNVARCHAR, Types.CLOB, Types.NCLOB);

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("15");
    }

    @Override
    public String getDescription() {
        return "stored text without control characters";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        int cleaned = 0;
        for (Column column : textColumns(connection)) {
            cleaned += clean(connection, column);
        }
        if (cleaned > 0) {
            log.warn("Replaced control characters with U+FFFD in {} stored texts", cleaned);
        }
    }

    private record Column(String table, String name) {
    }

    private static List<Column> textColumns(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        Set<String> tables = new HashSet<>();
        try (ResultSet found = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (found.next()) {
                tables.add(found.getString("TABLE_NAME"));
            }
        }
        List<Column> columns = new ArrayList<>();
        try (ResultSet found = meta.getColumns(null, schema, "%", "%")) {
            while (found.next()) {
                String table = found.getString("TABLE_NAME");
                if (TEXT_TYPES.contains(found.getInt("DATA_TYPE")) && tables.contains(table)
                        && !table.toLowerCase().startsWith("flyway")) {
                    columns.add(new Column(table, found.getString("COLUMN_NAME")));
                }
            }
        }
        return columns;
    }

    /** Rewrites each distinct value that holds a refused character; returns how many values it rewrote. */
    private static int clean(Connection connection, Column column) throws SQLException {
        String quotedTable = quoted(connection, column.table());
        String quotedColumn = quoted(connection, column.name());
        List<String> dirty = new ArrayList<>();
        try (Statement select = connection.createStatement();
                ResultSet values = select.executeQuery("select distinct " + quotedColumn + " from " + quotedTable
                        + " where " + quotedColumn + " is not null")) {
            while (values.next()) {
                String value = values.getString(1);
                if (!Text.isClean(value)) {
                    dirty.add(value);
                }
            }
        }
        try (PreparedStatement update = connection.prepareStatement("update " + quotedTable + " set " + quotedColumn
                + " = ? where " + quotedColumn + " = ?")) {
            for (String value : dirty) {
                update.setString(1, Text.cleaned(value));
                update.setString(2, value);
                update.executeUpdate();
            }
        }
        return dirty.size();
    }

    private static String quoted(Connection connection, String identifier) throws SQLException {
        String quote = connection.getMetaData().getIdentifierQuoteString().strip();
        return quote + identifier.replace(quote, quote + quote) + quote;
    }
}
