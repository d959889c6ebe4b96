package nl.eenplan.dossier;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * What the Java migrations of the dossier tables share: a dossier's number, owner and school read with plain JDBC
 * (there are no entities yet while Flyway runs), and a notification to its zorgcoördinator about what changed.
 */
final class Migratie {

    private Migratie() {
    }

    /** A dossier as a migration needs it: its number, its zorgcoördinator and the school (BRIN). */
    record DossierGegevens(String nummer, String zorgcoordinator, String brin) {
    }

    static DossierGegevens dossier(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select d.aangemaakt_op, d.zorgcoordinator, s.brin from dossier d "
                + "join leerling l on l.id = d.leerling_id join school s on s.id = l.school_id where d.id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException("Dossier " + id + " bestaat niet.");
                }
                Instant aangemaakt = r.getObject(1, OffsetDateTime.class).toInstant();
                return new DossierGegevens(Dossier.nummer(id, aangemaakt), r.getString(2), r.getString(3));
            }
        }
    }

    /** A notification (INFORMATIE) to the dossier's zorgcoördinator, for the migration's changes to be checked. */
    static void meld(Connection c, DossierGegevens d, String onderwerp, String tekst, Instant op) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into melding (soort, ontvanger_gebruiker, school, onderwerp, "
                + "tekst, dossier_nummer, aangemaakt_op) values ('INFORMATIE', ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, d.zorgcoordinator());
            s.setString(2, d.brin());
            s.setString(3, onderwerp);
            s.setString(4, tekst);
            s.setString(5, d.nummer());
            s.setObject(6, OffsetDateTime.ofInstant(op, ZoneOffset.UTC));
            s.executeUpdate();
        }
    }
}
