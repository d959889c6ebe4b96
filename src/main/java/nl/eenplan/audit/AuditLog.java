package nl.eenplan.audit;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The audit log: who read or changed which dossier data. Append-only; read by the application administrator. */
@Service
@Transactional(readOnly = true)
public class AuditLog {

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    private final AuditRegelRepository regels;
    private final Clock clock;

    AuditLog(AuditRegelRepository regels, Clock clock) {
        this.clock = clock;
        this.regels = regels;
    }

    /** In a transaction of its own: the log entry stays even when the request itself failed. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void schrijf(String gebruiker, List<String> groepen, AuditRegel.Handeling handeling, String dossierNummer,
                        String wat, int status, String taakId) {
        regels.save(new AuditRegel(clock.instant(), gebruiker, String.join(",", groepen), handeling, dossierNummer,
                wat.length() > 500 ? wat.substring(0, 500) : wat, status, taakId));
    }

    /** A dossier removed after its retention: recorded in the removal's own transaction, so only if it happened. */
    @org.springframework.context.event.EventListener
    @Transactional
    void dossierVerwijderd(nl.eenplan.dossier.DossierVerwijderd verwijderd) {
        regels.save(new AuditRegel(clock.instant(), "EenPlan (bewaartermijn)", "", AuditRegel.Handeling.VERWIJDEREN,
                verwijderd.nummer(), "Dossier verwijderd na de bewaartermijn; gesloten op "
                        + verwijderd.geslotenOp().atZone(NL).toLocalDate() + ".", 200, null));
    }

    public List<AuditRegel> voorDossier(String dossierNummer) {
        return regels.findByDossierNummerOrderByTijdstipAscIdAsc(dossierNummer);
    }

    public List<AuditRegel> vanGebruiker(String gebruiker) {
        return regels.findByGebruikerOrderByTijdstipAscIdAsc(gebruiker);
    }

    public List<AuditRegel> laatste() {
        return regels.findTop1000ByOrderByIdDesc();
    }

    /** The answer to an AVG inzageverzoek: every read and change of this pupil's dossier, as CSV. */
    public String inzage(String dossierNummer) {
        StringWriter uit = new StringWriter();
        CSVFormat formaat = CSVFormat.DEFAULT.builder().setDelimiter(';')
                .setHeader("tijdstip", "gebruiker", "groepen", "handeling", "wat", "status", "taak").get();
        try (CSVPrinter csv = new CSVPrinter(uit, formaat)) {
            for (AuditRegel r : voorDossier(dossierNummer)) {
                csv.printRecord(r.getTijdstip().atZone(NL).toOffsetDateTime(), r.getGebruiker(), r.getGroepen(),
                        r.getHandeling(), r.getWat(), r.getStatus(), r.getTaakId() == null ? "" : r.getTaakId());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uit.toString();
    }
}
