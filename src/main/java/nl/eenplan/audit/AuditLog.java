package nl.eenplan.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hibernate.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The audit log: who read or changed which dossier data. Append-only; read by the application administrator. */
@Service
@Transactional(readOnly = true)
public class AuditLog {

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    /** A list's dossiers are written in batches of this many: a mentor's list of 300 pupils is a few round trips. */
    private static final int PER_BATCH = 100;

    private final AuditRegelRepository regels;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    private final nl.eenplan.dossier.ToestemmingService toestemmingen;
    private final java.util.List<Inzagebron> bronnen;

    AuditLog(AuditRegelRepository regels, Clock clock, nl.eenplan.dossier.ToestemmingService toestemmingen,
             java.util.List<Inzagebron> bronnen) {
        this.bronnen = bronnen;
        this.clock = clock;
        this.regels = regels;
        this.toestemmingen = toestemmingen;
    }

    /**
     * One entry for one request, naming every dossier it touched. In a transaction of its own: the entry stays even
     * when the request itself failed.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void schrijf(String gebruiker, Collection<String> groepen, AuditRegel.Handeling handeling,
                        Collection<String> dossiers, String wat, int status, String taakId, String grondslag) {
        String alleGroepen = String.join(",", groepen);
        entityManager.unwrap(Session.class).setJdbcBatchSize(PER_BATCH); // this transaction's session only
        regels.save(new AuditRegel(clock.instant(), kort(gebruiker, 100), kort(alleGroepen, 500), handeling,
                Set.copyOf(dossiers), kort(wat, 500), status, taakId == null ? null : kort(taakId, 64),
                grondslag == null ? null : kort(grondslag, 1000)));
    }

    private static String kort(String tekst, int maximaal) {
        return tekst.length() > maximaal ? tekst.substring(0, maximaal) : tekst;
    }

    /** A dossier removed after its retention: recorded in the removal's own transaction, so only if it happened. */
    @org.springframework.context.event.EventListener
    @Transactional
    void dossierVerwijderd(nl.eenplan.dossier.DossierVerwijderd verwijderd) {
        regels.save(new AuditRegel(clock.instant(), "EenPlan (bewaartermijn)", "", AuditRegel.Handeling.VERWIJDEREN,
                Set.of(verwijderd.nummer()), "Dossier verwijderd na de bewaartermijn; gesloten op "
                        + verwijderd.geslotenOp().atZone(NL).toLocalDate() + ".", 200, null, null));
    }

    /**
     * Data left the school (a flow of the basis table), also from a process step without a request: one entry with
     * the basis used, in the flow's own transaction, so only if it happened.
     */
    @org.springframework.context.event.EventListener
    @Transactional
    void gegevensGedeeld(nl.eenplan.dossier.GegevensGedeeld gedeeld) {
        var wie = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        String gebruiker = wie == null || !wie.isAuthenticated() ? "EenPlan (processtap)" : wie.getName();
        String wat = "Gedeeld met " + gedeeld.besluit().stroom().naar() + ": " + gedeeld.wat();
        regels.save(new AuditRegel(clock.instant(), kort(gebruiker, 100), "", AuditRegel.Handeling.DELEN,
                Set.of(gedeeld.dossierNummer()), kort(wat, 500), 200, null,
                kort(gedeeld.besluit().auditregel(), 1000)));
    }

    /** Every entry that names this dossier, also a list it appeared in. */
    public List<AuditRegel> voorDossier(String dossierNummer) {
        return regels.voorDossier(dossierNummer);
    }

    public List<AuditRegel> vanGebruiker(String gebruiker) {
        return regels.findByGebruikerOrderByTijdstipAscIdAsc(gebruiker);
    }

    public List<AuditRegel> laatste() {
        return regels.findTop1000ByOrderByIdDesc();
    }

    /**
     * Who read or changed, as the inzage shows it: a parent or the pupil on the family's pages (issue #24) by their
     * account, labelled so; never a name in the log itself.
     */
    static String wie(String gebruiker) {
        return gebruiker != null && gebruiker.startsWith("gezin-")
                ? gebruiker + " (ouder of leerling zelf, via EenPlan)" : gebruiker;
    }

    /**
     * The answer to an AVG inzageverzoek: every read and change of this pupil's data, through any door, as CSV;
     * a list they appeared in too. Other pupils named in the same entry are left out: this is one pupil's answer.
     */
    public String inzage(String dossierNummer) {
        StringWriter uit = new StringWriter();
        CSVFormat formaat = CSVFormat.DEFAULT.builder().setDelimiter(';')
                .setHeader("tijdstip", "gebruiker", "groepen", "handeling", "wat", "status", "taak", "grondslag").get();
        try (CSVPrinter csv = new CSVPrinter(uit, formaat)) {
            for (AuditRegel r : voorDossier(dossierNummer)) {
                csv.printRecord(r.getTijdstip().atZone(NL).toOffsetDateTime(), wie(r.getGebruiker()), r.getGroepen(),
                        r.getHandeling(), r.getWat(), r.getStatus(), r.getTaakId() == null ? "" : r.getTaakId(),
                        r.getGrondslag() == null ? "" : r.getGrondslag());
            }
            // The consents with their proof (AVG art. 7 lid 1): who, when, how, on which information, withdrawn when.
            for (var t : toestemmingen.bewijs(dossierNummer)) {
                csv.printRecord(t.gegevenOp(), t.gever(), "", "TOESTEMMING", "Toestemming voor "
                        + t.scope().omschrijving() + ", " + t.vorm().omschrijving()
                        + (t.informatieVersie() == null ? "" : ", informatie " + t.informatieVersie())
                        + (t.geldigTot() == null ? "" : ", geldig tot " + t.geldigTot())
                        + ", vastgelegd door " + (t.vastgelegdDoor() == null ? "onbekend" : t.vastgelegdDoor())
                        + (t.ingetrokkenOp() == null ? "" : "; ingetrokken op " + t.ingetrokkenOp()
                        + (t.ingetrokkenVorm() == null ? "" : ", " + t.ingetrokkenVorm().omschrijving())
                        + ", vastgelegd door " + (t.ingetrokkenVastgelegdDoor() == null ? "onbekend"
                        : t.ingetrokkenVastgelegdDoor())),
                        "", "", t.scope().opToestemming() ? "toestemming (" + t.scope().leeftijdsregel().bron() + ")"
                                : "toestemming van vóór 2027, niet meer nodig (wettelijke taak of plicht)");
            }
            // What other capabilities record of data given (e.g. the e-mails to the family).
            for (Inzagebron bron : bronnen) {
                for (Inzagebron.Regel r : bron.voorDossier(dossierNummer)) {
                    csv.printRecord(r.tijdstip().atZone(NL).toOffsetDateTime(), wie(r.wie()), "", r.handeling(),
                            r.wat(), "", "", r.grondslag());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit.toString();
    }
}
