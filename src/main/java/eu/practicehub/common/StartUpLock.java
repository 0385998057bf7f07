package eu.practicehub.common;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a task of the start (the first administrator, the demo) in one transaction that, on PostgreSQL,
 * first takes a transaction-level advisory lock: nodes that start together on one database run such
 * tasks one after another, and each sees what the one before it committed, so nothing is created twice.
 * PostgreSQL releases the lock at commit or rollback, and when the holder's connection ends (a node that
 * dies half-way). The embedded H2 database is opened by one process only, so there the transaction is
 * enough.
 */
@Component
public class StartUpLock {

    /** The advisory lock's key, shared by every start-up task: the bytes of the word {@code Practice}. */
    static final long KEY = 0x5072616374696365L;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    StartUpLock(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Runs the task holding the lock; waits while another node holds it. */
    public void runAlone(Runnable task) {
        transaction.executeWithoutResult(status -> {
            if (onPostgres()) {
                jdbc.query("select pg_advisory_xact_lock(?)", row -> { }, KEY);
            }
            task.run();
        });
    }

    private boolean onPostgres() {
        return "PostgreSQL".equals(jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName()));
    }
}
