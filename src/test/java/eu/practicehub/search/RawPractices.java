package eu.practicehub.search;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Practices written with SQL, behind Hibernate's back, so that the index does not know them. Their ids
 * come from the sequence Hibernate draws practice ids from, as a record Hibernate writes would have.
 */
final class RawPractices {

    private RawPractices() {
    }

    static void insert(JdbcTemplate jdbc, long project, long owner, String title) {
        boolean postgres = jdbc.execute((ConnectionCallback<Boolean>) connection ->
                connection.getMetaData().getDatabaseProductName().equals("PostgreSQL"));
        Long id = jdbc.queryForObject(postgres ? "select nextval('practice_seq')" : "select next value for practice_seq",
                Long.class);
        jdbc.update("insert into practice (id, project_id, owner_id, title, status, public_visible, version)"
                + " values (?, ?, ?, ?, 'IDENTIFIED', true, 0)", id, project, owner, title);
    }
}
