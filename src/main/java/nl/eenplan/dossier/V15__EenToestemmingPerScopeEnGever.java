package nl.eenplan.dossier;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * One consent per pupil, scope and giver that is not withdrawn. Until now giving the same consent twice made two
 * records, and withdrawing one left the scope in force. Today's records are brought in line first, then the database
 * guards it:
 * <ol>
 *   <li>a consent still in force while a duplicate given before that day was withdrawn, counts as withdrawn on that
 *       day: the parents or the pupil withdrew their consent, and the withdrawal must count. The zorgcoördinator
 *       hears it, because routes that needed it did not stop then;</li>
 *   <li>of the duplicates still in force the earliest stays, the later ones go: the earliest covers their whole
 *       period, so when consent was in force stays provable. Withdrawn records keep their dates, all of them;</li>
 *   <li>column {@code actief} (TRUE until withdrawn, then null) and the unique key (dossier, scope, giver, actief).</li>
 * </ol>
 * Java, not SQL: the notification names the dossier number, which is computed as the application does.
 */
@Component
class V15__EenToestemmingPerScopeEnGever extends BaseJavaMigration {

    private record Regel(long id, LocalDate gegevenOp, LocalDate ingetrokkenOp) {
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        Instant nu = Instant.now();
        try (Statement s = c.createStatement()) {
            s.execute("alter table toestemming add column actief boolean");
        }
        List<Object[]> groepen = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select dossier_id, scope, gegeven_door "
                + "from toestemming group by dossier_id, scope, gegeven_door having count(*) > 1")) {
            while (r.next()) {
                groepen.add(new Object[] {r.getLong(1), r.getString(2), r.getString(3)});
            }
        }
        for (Object[] g : groepen) {
            voegSamen(c, (Long) g[0], (String) g[1], (String) g[2], nu);
        }
        try (Statement s = c.createStatement()) {
            s.executeUpdate("update toestemming set actief = true where ingetrokken_op is null");
            s.execute("alter table toestemming add constraint toestemming_actief_tot_intrekking check "
                    + "((ingetrokken_op is null and coalesce(actief, false) = true) or (ingetrokken_op is not null and actief is null))");
            s.execute("alter table toestemming add constraint toestemming_een_per_scope_en_gever "
                    + "unique (dossier_id, scope, gegeven_door, actief)");
        }
    }

    /** The records of one pupil, scope and giver, in the order they were given. */
    private static void voegSamen(Connection c, long dossier, String scope, String gever, Instant nu) throws SQLException {
        List<Regel> regels = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select id, gegeven_op, ingetrokken_op from toestemming "
                + "where dossier_id = ? and scope = ? and gegeven_door = ? order by gegeven_op, id")) {
            s.setLong(1, dossier);
            s.setString(2, scope);
            s.setString(3, gever);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    regels.add(new Regel(r.getLong(1), r.getObject(2, LocalDate.class), r.getObject(3, LocalDate.class)));
                }
            }
        }
        boolean eersteBlijft = false;
        for (Regel regel : regels) {
            if (regel.ingetrokkenOp() != null) {
                continue;
            }
            // The first withdrawal of a duplicate after this one was given: then both were in force, and the
            // withdrawal was meant for the consent.
            LocalDate ingetrokken = regels.stream().map(Regel::ingetrokkenOp)
                    .filter(dag -> dag != null && dag.isAfter(regel.gegevenOp())).min(LocalDate::compareTo).orElse(null);
            if (ingetrokken != null) {
                trekIn(c, regel.id(), ingetrokken);
                Migratie.DossierGegevens d = Migratie.dossier(c, dossier);
                String wie = gever.equals("OUDERS") ? "de ouders" : "de leerling";
                String voor = Toestemming.Scope.valueOf(scope).omschrijving();
                Migratie.meld(c, d, "Toestemming telt als ingetrokken (dossier " + d.nummer() + ")",
                        "De toestemming van " + wie + " voor " + voor + " stond twee keer in het dossier. Op " + ingetrokken
                                + " werd er één ingetrokken, maar de andere bleef gelden. Intrekken geldt nu voor de "
                                + "toestemming zelf: zij telt als ingetrokken op " + ingetrokken + ". Routes en taken die "
                                + "haar nodig hadden, zijn toen niet gestopt: kijk in het dossier wat er nog loopt.", nu);
            } else if (!eersteBlijft) {
                eersteBlijft = true;
            } else {
                try (PreparedStatement s = c.prepareStatement("delete from toestemming where id = ?")) {
                    s.setLong(1, regel.id());
                    s.executeUpdate();
                }
            }
        }
    }

    private static void trekIn(Connection c, long id, LocalDate dag) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("update toestemming set ingetrokken_op = ? where id = ?")) {
            s.setObject(1, dag);
            s.setLong(2, id);
            s.executeUpdate();
        }
    }
}
