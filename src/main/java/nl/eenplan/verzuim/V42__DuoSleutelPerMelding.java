package nl.eenplan.verzuim;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Every verzuimmelding gets the idempotency key of its submission to DUO (column duo_sleutel, unique): a random UUID
 * (Verzuimmelding). Until now the key was {@code EENPLAN-<BRIN>-VZM<id>-1}, made from the database's id, which a
 * second installation or a restored backup counts again. A report that may already have reached DUO (on its way to
 * DUO, status NAAR_DUO, or with DUO's kenmerk) keeps the key it was sent with: a retry of a submission whose answer
 * got lost must carry the same key, or DUO would register it twice. Every other report (a draft, one sent to leerplicht
 * without DUO, one withdrawn) was never submitted and gets a UUID. Java, not SQL: H2 and PostgreSQL make a UUID
 * differently.
 */
@Component
class V42__DuoSleutelPerMelding extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("alter table verzuimmelding add column duo_sleutel varchar(64)");
        }
        // The BRIN the earlier key named: the school of the report's dossier ("2026-00042": id after the dash). A
        // report kept after its dossier was removed has none; it is not submitted again.
        try (PreparedStatement lees = c.prepareStatement("""
                select m.id, m.status, m.duo_kenmerk, (select s.brin from dossier d
                    join leerling l on l.id = d.leerling_id join school s on s.id = l.school_id
                    where d.id = cast(substring(m.dossier_nummer from 6) as bigint)) as brin
                from verzuimmelding m""");
             PreparedStatement zet = c.prepareStatement("update verzuimmelding set duo_sleutel = ? where id = ?");
             ResultSet r = lees.executeQuery()) {
            while (r.next()) {
                long id = r.getLong("id");
                boolean magIngediendZijn = "NAAR_DUO".equals(r.getString("status")) || r.getString("duo_kenmerk") != null;
                String brin = r.getString("brin");
                zet.setString(1, magIngediendZijn && brin != null ? "EENPLAN-" + brin + "-VZM" + id + "-1"
                        : UUID.randomUUID().toString());
                zet.setLong(2, id);
                zet.addBatch();
            }
            zet.executeBatch();
        }
        try (Statement s = c.createStatement()) {
            s.execute("alter table verzuimmelding alter column duo_sleutel set not null");
            s.execute("alter table verzuimmelding add constraint verzuimmelding_duo_sleutel unique (duo_sleutel)");
        }
    }
}
