package nl.eenplan.dossier;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * One open dossier per pupil per school. Until now two class uploads at once, or one file without BSNs uploaded
 * twice, could open two dossiers for one child. Column {@code open_sleutel} holds who the pupil is at which school
 * while the dossier is open ({@link Dossier#sleutel}, computed here exactly as the application does, hence Java)
 * and is unique.
 * <p>
 * Today's duplicates: the earliest dossier stays open; each later one is <em>closed</em>, with a reason that names
 * the dossier that stays, and both zorgcoördinatoren are told. Nothing is moved between them: the goals, agreements,
 * consents, referrals, MDOs, arrangements, transitions, absence and escalations of a duplicate, and its processes
 * (whose business key and variables carry its number), stay with it, readable and whole. Moving them would rewrite
 * the engine's running instances and history and could mix up consent given for one record with the other; a closed
 * dossier with a running process is never removed by the retention (it is logged), so nothing is lost.
 */
@Component
class V16__EenOpenDossierPerLeerlingPerSchool extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("alter table dossier add column open_sleutel varchar(300)");
        }
        Instant nu = Instant.now();
        // Key → the dossier that stays open (the earliest: dossier ids follow the order they were opened in).
        Map<String, Long> open = new HashMap<>();
        Map<Long, Long> dubbel = new LinkedHashMap<>();
        try (PreparedStatement zet = c.prepareStatement("update dossier set open_sleutel = ? where id = ?")) {
            int inBatch = 0;
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select d.id, s.brin, l.bsn, l.voornaam, "
                    + "l.tussenvoegsel, l.achternaam, l.geboortedatum from dossier d join leerling l on l.id = d.leerling_id "
                    + "join school s on s.id = l.school_id where d.status = 'OPEN' order by d.id")) {
                while (r.next()) {
                    long id = r.getLong(1);
                    String sleutel = Dossier.sleutel(r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                            r.getString(6), r.getObject(7, LocalDate.class));
                    Long eerder = open.putIfAbsent(sleutel, id);
                    if (eerder != null) {
                        dubbel.put(id, eerder);
                        continue;
                    }
                    zet.setString(1, sleutel);
                    zet.setLong(2, id);
                    zet.addBatch();
                    if (++inBatch == 1000) {
                        zet.executeBatch();
                        inBatch = 0;
                    }
                }
            }
            if (inBatch > 0) {
                zet.executeBatch();
            }
        }
        for (Map.Entry<Long, Long> d : dubbel.entrySet()) {
            sluitAlsDubbel(c, d.getKey(), d.getValue(), nu);
        }
        try (Statement s = c.createStatement()) {
            s.execute("alter table dossier add constraint dossier_een_open_per_leerling_per_school unique (open_sleutel)");
        }
    }

    private static void sluitAlsDubbel(Connection c, long id, long blijft, Instant nu) throws SQLException {
        Migratie.DossierGegevens dubbel = Migratie.dossier(c, id);
        Migratie.DossierGegevens open = Migratie.dossier(c, blijft);
        try (PreparedStatement s = c.prepareStatement("update dossier set status = 'GESLOTEN', gesloten_op = ?, "
                + "sluitreden = ? where id = ?")) {
            s.setObject(1, OffsetDateTime.ofInstant(nu, ZoneOffset.UTC));
            s.setString(2, "Dubbel dossier: dezelfde leerling heeft bij deze school dossier " + open.nummer()
                    + ", dat open blijft. Gesloten bij de overgang naar één open dossier per leerling per school; "
                    + "wat hier staat, blijft hier te lezen.");
            s.setLong(3, id);
            s.executeUpdate();
        }
        String onderwerp = "Dubbel dossier " + dubbel.nummer() + " gesloten (leerling van dossier " + open.nummer() + ")";
        String tekst = "Deze leerling had bij school " + dubbel.brin() + " twee open dossiers: " + open.nummer()
                + " (het eerste) blijft open, " + dubbel.nummer() + " is gesloten. Er is niets overgezet: "
                + "toestemmingen, doelen, afspraken en aanmeldingen van " + dubbel.nummer() + " staan daar nog, en "
                + "processen die voor " + dubbel.nummer() + " lopen, lopen door. Neem over wat nog nodig is in "
                + open.nummer() + " en rond de processen van " + dubbel.nummer() + " af.";
        Migratie.meld(c, dubbel, onderwerp, tekst, nu);
        if (!open.zorgcoordinator().equals(dubbel.zorgcoordinator())) {
            Migratie.meld(c, open, onderwerp, tekst, nu);
        }
    }
}
