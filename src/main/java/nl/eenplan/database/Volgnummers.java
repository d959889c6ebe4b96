package nl.eenplan.database;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Moves tables' ids from an identity column to a sequence in blocks ({@code <tabel>_seq}), so Hibernate writes a
 * transaction's new rows of such a table in one JDBC batch ({@code hibernate.jdbc.batch_size}); with an identity
 * column every insert is a round trip of its own. The entity declares
 * {@code @SequenceGenerator(sequenceName = "<tabel>_seq", allocationSize = BLOK)}. For a Java Flyway migration: H2 and
 * PostgreSQL write a sequence default differently, and the start needs the table's highest id. And, for rows written
 * with plain JDBC beside such entities, the id Hibernate would give ({@link #volgende}).
 */
public final class Volgnummers {

    /** As the entities' {@code @SequenceGenerator(allocationSize)}: Hibernate takes the ids up to a next value. */
    public static final int BLOK = 50;

    private Volgnummers() {
    }

    /**
     * Each table gets its sequence, starting above the highest id its identity ever handed out, and its id column takes
     * the sequence's next value as default, so code inserting without an id (raw SQL, an old node) shares it.
     */
    public static void vanIdentiteitNaarReeks(Connection c, List<String> tabellen) throws SQLException {
        boolean postgres = Database.isPostgres(c);
        try (Statement s = c.createStatement()) {
            for (String tabel : tabellen) {
                if (postgres) {
                    // A node of the old version inserting meanwhile (rolling upgrade) waits until the default changed.
                    s.execute("lock table " + tabel + " in exclusive mode");
                }
                // Above the highest id ever handed out, not only the highest still there: retention and AVG erasure
                // delete rows, and an id of a removed pupil's record (in URLs and the audit) must never name another's.
                long hoogste = Math.max(hoogste(s, "select coalesce(max(id), 0) from " + tabel),
                        hoogste(s, postgres
                                ? "select coalesce(pg_sequence_last_value(cast(pg_get_serial_sequence('" + tabel + "', 'id') as regclass)), 0)"
                                : "select coalesce(max(identity_base) - 1, 0) from information_schema.columns"
                                        + " where table_schema = current_schema and table_name = '"
                                        + tabel.toUpperCase(Locale.ROOT) + "' and column_name = 'ID'"));
                String reeks = tabel + "_seq";
                // Hibernate's first next value v hands out the ids v-49 .. v: all above the highest id.
                s.execute("create sequence " + reeks + " start with " + (hoogste + BLOK) + " increment by " + BLOK);
                s.execute("alter table " + tabel + " alter column id drop identity");
                s.execute("alter table " + tabel + " alter column id set default "
                        + (postgres ? "nextval('" + reeks + "')" : "next value for " + reeks));
                if (postgres) {
                    s.execute("alter sequence " + reeks + " owned by " + tabel + ".id");
                }
            }
        }
    }

    /**
     * The id Hibernate would give the next new entity of this class, from its own pooled block of the entity's
     * sequence: for rows written with plain JDBC beside the entities (a class upload's block, issue #25), so those rows
     * and Hibernate's never share an id, whichever way the optimizer reads the sequence's values.
     */
    public static long volgende(EntityManager entityManager, Class<?> entiteit) {
        SharedSessionContractImplementor sessie = entityManager.unwrap(SharedSessionContractImplementor.class);
        EntityPersister tabel = sessie.getFactory().getMappingMetamodel().getEntityDescriptor(entiteit);
        BeforeExecutionGenerator ids = (BeforeExecutionGenerator) tabel.getGenerator();
        return ((Number) ids.generate(sessie, null, null, EventType.INSERT)).longValue();
    }

    private static long hoogste(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
