package nl.eenplan.verzuim;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * V25 renamed the report types (RELATIEF is ZESTIEN_UUR, THUISZITTER is LANGDURIG_RELATIEF) and the escalation reason
 * THUISZITTER (now LANGDURIG_VERZUIM). Running instances of processes verzuim and leerplichtEscalatie keep the old
 * codes and Dutch names in their variables {@code soort}, {@code soortOmschrijving}, {@code reden} and
 * {@code redenOmschrijving}: nothing reads them back into the enums (Reden.vanCode still knows THUISZITTER), so the
 * instances work either way; here they get the new ones so Tasklist shows DUO's names. Java, not SQL: on a new
 * database the engine creates its tables after Flyway, and then there is nothing to rename.
 */
@Component
class V25_1__ProcesvariabelenMetDuoNamen extends BaseJavaMigration {

    private static final String[][] HERNOEMD = {
            {"soort", "RELATIEF", "ZESTIEN_UUR"},
            {"soort", "THUISZITTER", "LANGDURIG_RELATIEF"},
            {"soortOmschrijving", "Relatief verzuim", "16 uur verzuim"},
            {"soortOmschrijving", "Thuiszitter", "Langdurig relatief verzuim"},
            {"reden", "THUISZITTER", "LANGDURIG_VERZUIM"},
            {"redenOmschrijving", "Thuiszitter", "Langdurig relatief verzuim"},
            {"redenOmschrijving", "Relatief verzuim", "16 uur verzuim"},
    };

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        if (!bestaat(c.getMetaData(), "ACT_RU_VARIABLE")) {
            return;
        }
        try (PreparedStatement zet = c.prepareStatement(
                "update ACT_RU_VARIABLE set TEXT_ = ? where NAME_ = ? and TEXT_ = ? and TYPE_ = 'string'")) {
            for (String[] h : HERNOEMD) {
                zet.setString(1, h[2]);
                zet.setString(2, h[0]);
                zet.setString(3, h[1]);
                zet.addBatch();
            }
            zet.executeBatch();
        }
    }

    /** H2 keeps unquoted names in upper case, PostgreSQL in lower case. */
    private static boolean bestaat(DatabaseMetaData meta, String tabel) throws SQLException {
        for (String naam : new String[] {tabel, tabel.toLowerCase(java.util.Locale.ROOT)}) {
            try (ResultSet r = meta.getTables(null, null, naam, new String[] {"TABLE"})) {
                if (r.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
