package nl.eenplan.gezin;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import nl.eenplan.dossier.DossierVerwijderd;
import nl.eenplan.melding.Melding;
import nl.eenplan.melding.MeldingService;
import nl.eenplan.melding.NieuweMelding;
import nl.eenplan.security.Groepen;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Documents the family adds to the child's plan (a specialist's report, a letter): tables gezin_document and
 * gezin_document_inhoud (V67). A file is kept only when {@link Bestandscontrole} finds a PDF, PNG or JPEG in its bytes
 * and nothing active in a PDF, and only up to {@code eenplan.gezin.document.max-bytes} (default 10 MB); a refused file
 * leaves nothing behind. The family member sees their own uploads; the school's staff who see the dossier see all of
 * them (GezinsdocumentenVoorSchool). Removed with the dossier after its retention.
 */
@Service
public class Gezinsdocumenten {

    /** A document's metadata, as the lists show it. {@code soort}: PDF, PNG or JPEG. */
    public record Document(long id, String dossierNummer, long accountId, String rol, String bestandsnaam, String soort,
                           long grootte, String sha256, Instant geuploadOp) {

        /** The day it came in, in Dutch time. */
        public java.time.LocalDate dag() {
            return geuploadOp.atZone(nl.eenplan.engine.Klok.NL).toLocalDate();
        }

        /** The size for people: "12 kB", "1,4 MB". */
        public String omvang() {
            return grootte < 1024 * 1024 ? Math.max(1, grootte / 1024) + " kB"
                    : String.format(java.util.Locale.forLanguageTag("nl"), "%.1f MB", grootte / (1024.0 * 1024.0));
        }
    }

    /** A document with its content, to serve. */
    public record Bestand(Document document, byte[] inhoud) {

        public String mediatype() {
            return Bestandscontrole.Soort.valueOf(document.soort()).mediatype;
        }
    }

    /** A file EenPlan does not keep: the HTTP status (413 too large, 415 not a type it keeps) and why (message key). */
    static class Geweigerd extends RuntimeException {

        private final int status;
        private final String uitleg;

        Geweigerd(int status, String uitleg) {
            super(uitleg);
            this.status = status;
            this.uitleg = uitleg;
        }

        int status() {
            return status;
        }

        String uitleg() {
            return uitleg;
        }
    }

    private static final RowMapper<Document> DOCUMENT = (rs, i) -> new Document(rs.getLong("id"),
            rs.getString("dossier_nummer"), rs.getLong("account_id"), rs.getString("rol"), rs.getString("bestandsnaam"),
            rs.getString("soort"), rs.getLong("grootte"), rs.getString("sha256"),
            rs.getTimestamp("geupload_op").toInstant());
    private static final String DOCUMENTEN = "select id, dossier_nummer, account_id, rol, bestandsnaam, soort, grootte, "
            + "sha256, geupload_op from gezin_document where dossier_nummer = ?";

    private final JdbcTemplate jdbc;
    private final MeldingService meldingen;
    private final Clock clock;
    private final long maxBytes;

    Gezinsdocumenten(JdbcTemplate jdbc, MeldingService meldingen, Clock clock,
                     @Value("${eenplan.gezin.document.max-bytes:10485760}") long maxBytes) {
        this.jdbc = jdbc;
        this.meldingen = meldingen;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    long maxBytes() {
        return maxBytes;
    }

    /**
     * Keeps the file for this family member's binding, after the checks (else {@link Geweigerd}, nothing stored), and
     * tells the school's zorgcoördinatoren that a document came in (no name, no content).
     */
    @Transactional
    Document bewaar(Gezinshandeling wie, String naam, byte[] inhoud, String schoolBrin) {
        if (inhoud.length > maxBytes) {
            throw new Geweigerd(413, "gezin.document.te-groot");
        }
        if (inhoud.length == 0) {
            throw new Geweigerd(400, "gezin.document.leeg");
        }
        Bestandscontrole.Soort soort = Bestandscontrole.soort(inhoud)
                .orElseThrow(() -> new Geweigerd(415, "gezin.document.soort"));
        if (soort == Bestandscontrole.Soort.PDF && Bestandscontrole.actieveInhoud(inhoud).isPresent()) {
            throw new Geweigerd(415, "gezin.document.actief");
        }
        Instant nu = clock.instant();
        GeneratedKeyHolder sleutel = new GeneratedKeyHolder();
        jdbc.update(c -> {
            PreparedStatement p = c.prepareStatement("insert into gezin_document (dossier_nummer, account_id, rol, "
                    + "bestandsnaam, soort, grootte, sha256, geupload_door, geupload_op) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    new String[] {"id"});
            p.setString(1, wie.dossierNummer());
            p.setLong(2, wie.koppeling().accountId());
            p.setString(3, wie.koppeling().rol().name());
            p.setString(4, Bestandscontrole.schoneNaam(naam, soort));
            p.setString(5, soort.name());
            p.setLong(6, inhoud.length);
            p.setString(7, sha256(inhoud));
            p.setString(8, wie.door());
            p.setTimestamp(9, Timestamp.from(nu));
            return p;
        }, sleutel);
        long id = sleutel.getKey().longValue();
        jdbc.update("insert into gezin_document_inhoud (document_id, inhoud) values (?, ?)", id, inhoud);
        meldingen.stuur(NieuweMelding.aanGroep(Melding.Soort.INFORMATIE, Groepen.ZORGCOORDINATOR, schoolBrin,
                "Nieuw document van het gezin", "Het gezin heeft een document toegevoegd aan het plan van dossier "
                        + wie.dossierNummer() + ". U vindt het op de pagina van de leerling.", wie.dossierNummer(),
                null));
        return document(id).orElseThrow();
    }

    /** This account's uploads to this dossier, newest first. */
    @Transactional(readOnly = true)
    List<Document> vanAccount(String dossierNummer, long accountId) {
        return jdbc.query(DOCUMENTEN + " and account_id = ? order by geupload_op desc, id desc", DOCUMENT,
                dossierNummer, accountId);
    }

    /** Every upload of the family to this dossier, newest first (for the school's staff who see the dossier). */
    @Transactional(readOnly = true)
    public List<Document> vanDossier(String dossierNummer) {
        return jdbc.query(DOCUMENTEN + " order by geupload_op desc, id desc", DOCUMENT, dossierNummer);
    }

    /** The document with its content, when it belongs to this dossier (and, for a family member, to their account). */
    @Transactional(readOnly = true)
    public Optional<Bestand> bestand(String dossierNummer, long id, Long accountId) {
        return document(id).filter(d -> d.dossierNummer().equals(dossierNummer))
                .filter(d -> accountId == null || d.accountId() == accountId)
                .map(d -> new Bestand(d, jdbc.queryForObject(
                        "select inhoud from gezin_document_inhoud where document_id = ?", byte[].class, id)));
    }

    private Optional<Document> document(long id) {
        return jdbc.query("select id, dossier_nummer, account_id, rol, bestandsnaam, soort, grootte, sha256, "
                + "geupload_op from gezin_document where id = ?", DOCUMENT, id).stream().findFirst();
    }

    /** Documents go with the dossier when it is removed after its retention (docs/privacy.md). */
    @EventListener
    void dossierVerwijderd(DossierVerwijderd verwijderd) {
        jdbc.update("delete from gezin_document_inhoud where document_id in (select id from gezin_document "
                + "where dossier_nummer = ?)", verwijderd.nummer());
        jdbc.update("delete from gezin_document where dossier_nummer = ?", verwijderd.nummer());
    }

    private static String sha256(byte[] inhoud) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inhoud));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
