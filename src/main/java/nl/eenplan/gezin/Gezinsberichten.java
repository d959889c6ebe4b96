package nl.eenplan.gezin;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import nl.eenplan.audit.Inzagebron;
import nl.eenplan.dossier.DossierVerwijderd;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * The record that EenPlan told a family account "Er wacht iets op u" (table gezin_bericht, V69): account, what waits,
 * the dossier, when made and when sent. No content. Removed with the dossier after its retention (docs/privacy.md).
 * Part of the pupil's inzage ({@link Inzagebron}): to which account a mail went, and when.
 */
@Component
class Gezinsberichten implements Inzagebron {

    /**
     * The basis of the mail: it says only that something waits for the account itself, on the day the school's step
     * asks the family for it; the step's own basis covers the asking (e.g. AVG art. 7 for a consent, WPO art. 40a for
     * the OPP instemming). The mail carries no data of the pupil.
     */
    static final String GRONDSLAG = "bericht aan het eigen account van het gezin, zonder gegevens van de leerling; "
            + "grondslag van de stap die op het gezin wacht";

    /** One record: {@code verstuurdOp} null when no mail went (no mail server, no address, sending failed). */
    record Bericht(long id, long accountId, String soort, String dossierNummer, Instant aangemaaktOp,
                   Instant verstuurdOp) {
    }

    private final JdbcTemplate jdbc;

    Gezinsberichten(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long legVast(long accountId, Wachtlijst.Soort soort, String dossierNummer, Instant op) {
        KeyHolder sleutel = new GeneratedKeyHolder();
        jdbc.update(verbinding -> {
            PreparedStatement insert = verbinding.prepareStatement("insert into gezin_bericht (account_id, soort,"
                    + " dossier_nummer, aangemaakt_op) values (?, ?, ?, ?)", new String[] {"id"});
            insert.setLong(1, accountId);
            insert.setString(2, soort.name());
            insert.setString(3, dossierNummer);
            insert.setTimestamp(4, Timestamp.from(op));
            return insert;
        }, sleutel);
        return sleutel.getKey().longValue();
    }

    void verstuurd(long id, Instant op) {
        jdbc.update("update gezin_bericht set verstuurd_op = ? where id = ?", Timestamp.from(op), id);
    }

    List<Bericht> vanDossier(String dossierNummer) {
        return jdbc.query("select * from gezin_bericht where dossier_nummer = ? order by id", (rs, i) -> new Bericht(
                rs.getLong("id"), rs.getLong("account_id"), rs.getString("soort"), rs.getString("dossier_nummer"),
                rs.getTimestamp("aangemaakt_op").toInstant(), rs.getTimestamp("verstuurd_op") == null ? null
                        : rs.getTimestamp("verstuurd_op").toInstant()), dossierNummer);
    }

    @Override
    public List<Inzagebron.Regel> voorDossier(String dossierNummer) {
        return vanDossier(dossierNummer).stream().map(b -> new Inzagebron.Regel(b.aangemaaktOp(), "EenPlan (bericht)",
                "BERICHT", "E-mail 'Er wacht iets op u' (" + b.soort() + ") aan gezin-" + b.accountId()
                        + (b.verstuurdOp() == null ? ": niet verstuurd (geen mailserver, geen adres of een fout)"
                        : ": verstuurd"), GRONDSLAG)).toList();
    }

    /** The records go with the dossier when it is removed after its retention (docs/privacy.md). */
    @EventListener
    void dossierVerwijderd(DossierVerwijderd verwijderd) {
        jdbc.update("delete from gezin_bericht where dossier_nummer = ?", verwijderd.nummer());
    }
}
