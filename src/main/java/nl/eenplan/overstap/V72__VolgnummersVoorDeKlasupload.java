package nl.eenplan.overstap;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Ids of pupils, plans and transitions from a sequence in blocks of 50 instead of an identity column, so a class
 * upload's block writes each table in one JDBC batch (CohortService; issue #25). Each table gets its sequence
 * ({@code leerling_seq}, {@code plan_seq}, {@code overstap_seq}, increment 50), starting after the highest id its
 * identity ever handed out, and its id column takes the sequence's next value as default, so code that inserts without
 * an id (the monitor's example
 * region, nl.eenplan.monitor.Voorbeeldregio) shares it. The dossier keeps {@code dossier_seq} one by one: its number is
 * visible and must not jump. Java, because H2 and PostgreSQL write a sequence default differently and the start needs
 * the table's highest id.
 */
@Component
class V72__VolgnummersVoorDeKlasupload extends BaseJavaMigration {

    static final List<String> TABELLEN = List.of("leerling", "plan", "overstap");

    /** As the entities' @SequenceGenerator(allocationSize): Hibernate takes the ids up to a next value. */
    static final int BLOK = 50;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        try (Statement s = c.createStatement()) {
            for (String tabel : TABELLEN) {
                if (postgres) {
                    // A node of the old version inserting meanwhile (rolling upgrade) waits until the default changed.
                    s.execute("lock table " + tabel + " in exclusive mode");
                }
                // Above the highest id ever handed out, not only the highest still there: retention and AVG erasure
                // delete rows, and an id of a removed pupil's record (overstap ids are in URLs and the audit) must
                // never name another pupil's.
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

    private static long hoogste(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
