package eu.practicehub.backup;

import java.sql.DatabaseMetaData;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A read-only transaction that sees the whole database as it was at its first read, whatever is
 * committed meanwhile. PostgreSQL gives that with REPEATABLE READ, which never fails a reader; H2's
 * REPEATABLE READ keeps only the rows already read (a table first read later shows later commits), its
 * SERIALIZABLE is one snapshot of every table.
 */
@Component
class Snapshot {

    private final TransactionTemplate transaction;

    Snapshot(PlatformTransactionManager transactions, DataSource dataSource) {
        this.transaction = new TransactionTemplate(transactions);
        transaction.setReadOnly(true);
        transaction.setIsolationLevel(isolationOf(databaseName(dataSource)));
    }

    <T> T read(Supplier<T> reads) {
        return transaction.execute(status -> reads.get());
    }

    static int isolationOf(String databaseName) {
        return "PostgreSQL".equalsIgnoreCase(databaseName) ? TransactionDefinition.ISOLATION_REPEATABLE_READ
                : TransactionDefinition.ISOLATION_SERIALIZABLE;
    }

    private static String databaseName(DataSource dataSource) {
        try {
            return JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("The database does not say which it is", e);
        }
    }
}
