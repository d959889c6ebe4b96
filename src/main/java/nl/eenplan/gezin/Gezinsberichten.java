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
 * the dossier, when made and when sent; or that it confirmed a binding ("U bent gekoppeld", soort {@link #GEKOPPELD}).
 * No content. Removed with the dossier after its retention (docs/privacy.md).
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

    /**
     * The basis of the confirmation of a binding: whoever did not bind this account themselves can react (AVG art. 32,
     * security of the processing). The mail names the school, nothing else of the pupil.
     */
    static final String GRONDSLAG_GEKOPPELD = "bevestiging aan het eigen adres dat het account aan de leerling is "
            + "gekoppeld, met alleen de naam van de school; beveiliging van de koppeling (AVG art. 32)";

    /** The kind of the confirmation of a binding (GezinMailer#gekoppeld); the other kinds are Wachtlijst.Soort's. */
    static final String GEKOPPELD = "GEKOPPELD";

    /** One record: {@code verstuurdOp} null when no mail went (no mail server, no address, sending failed). */
    record Bericht(long id, long accountId, String soort, String dossierNummer, Instant aangemaaktOp,
                   Instant verstuurdOp) {
    }

    private final JdbcTemplate jdbc;

    Gezinsberichten(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long legVast(long accountId, Wachtlijst.Soort soort, String dossierNummer, Instant op) {
        return legVast(accountId, soort.name(), dossierNummer, op);
    }

    /** {@code soort}: a {@link Wachtlijst.Soort}'s name or {@link #GEKOPPELD} (varchar(20), no check constraint). */
    long legVast(long accountId, String soort, String dossierNummer, Instant op) {
        KeyHolder sleutel = new GeneratedKeyHolder();
        jdbc.update(verbinding -> {
            PreparedStatement insert = verbinding.prepareStatement("insert into gezin_bericht (account_id, soort,"
                    + " dossier_nummer, aangemaakt_op) values (?, ?, ?, ?)", new String[] {"id"});
            insert.setLong(1, accountId);
            insert.setString(2, soort);
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
                "BERICHT", (GEKOPPELD.equals(b.soort()) ? "E-mail 'U bent gekoppeld'"
                        : "E-mail 'Er wacht iets op u' (" + b.soort() + ")") + " aan gezin-" + b.accountId()
                        + (b.verstuurdOp() == null ? ": niet verstuurd (geen mailserver, geen adres of een fout)"
                        : ": verstuurd"), GEKOPPELD.equals(b.soort()) ? GRONDSLAG_GEKOPPELD : GRONDSLAG)).toList();
    }

    /** The records go with the dossier when it is removed after its retention (docs/privacy.md). */
    @EventListener
    void dossierVerwijderd(DossierVerwijderd verwijderd) {
        jdbc.update("delete from gezin_bericht where dossier_nummer = ?", verwijderd.nummer());
    }
}
