package nl.eenplan.arrangement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.eenplan.engine.Klok;
import nl.eenplan.web.NietGevondenException;
import nl.eenplan.web.NietMogelijkException;
import nl.eenplan.web.OngeldigeInvoerException;
import nl.eenplan.web.Veldfout;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The closing survey of an arrangement, filled in by the family itself (issue #24): satisfaction and experienced
 * benefit (1 to 10) and an optional explanation, per giver (a parent, the pupil). It opens when the arrangement closes
 * ({@link ArrangementAfgesloten}) and stays open for {@code eenplan.arrangement.enquete-weken} weeks (default 6): up to
 * and including the day 6 weeks after the closing day, on the Dutch date. Within the window the giver changes their
 * answer; one answer per giver. The monitor's satisfaction and benefit figures read these answers only
 * (monitor.MonitorService); who may fill it in is the family rule's (gezin.Gezinsregel, Handeling.ENQUETE).
 */
@Service
@Transactional
public class Enqueteservice {

    /** Who gives the answer: a parent (or guardian) or the pupil herself; the monitor has a figure for each. */
    public enum Rol { OUDER, LEERLING }

    /** An answer as its giver sees it again. */
    public record Antwoord(int tevredenheid, int ervarenBaat, String toelichting, Instant ingevuldOp) {
    }

    /** A survey open today for this dossier: which arrangement, closed on, open until (inclusive), one's own answer. */
    public record OpenEnquete(Long arrangementId, LocalDate afgeslotenOp, LocalDate openTot, Antwoord antwoord) {
    }

    static final int MAX_TOELICHTING = 2000;

    private final ArrangementRepository arrangementen;
    private final EnqueteantwoordRepository antwoorden;
    private final Clock clock;
    private final int weken;

    Enqueteservice(ArrangementRepository arrangementen, EnqueteantwoordRepository antwoorden, Clock clock,
                   @Value("${eenplan.arrangement.enquete-weken:6}") int weken) {
        this.arrangementen = arrangementen;
        this.antwoorden = antwoorden;
        this.clock = clock;
        this.weken = weken;
    }

    /** The last day the survey of an arrangement closed at this moment is open: the closing day plus the window. */
    public LocalDate openTot(Instant afgeslotenOp) {
        return afgeslotenOp.atZone(Klok.NL).toLocalDate().plusWeeks(weken);
    }

    /** The surveys of this dossier open today, oldest first, each with this giver's answer if they gave one. */
    @Transactional(readOnly = true)
    public List<OpenEnquete> open(String dossierNummer, String geverSleutel) {
        LocalDate vandaag = Klok.vandaag(clock);
        List<OpenEnquete> open = new ArrayList<>();
        for (Arrangement a : arrangementen.findByDossierNummerOrderById(dossierNummer)) {
            if (isOpen(a, vandaag)) {
                open.add(new OpenEnquete(a.getId(), a.getAfgeslotenOp().atZone(Klok.NL).toLocalDate(),
                        openTot(a.getAfgeslotenOp()), antwoord(a.getId(), geverSleutel).orElse(null)));
            }
        }
        return open;
    }

    /** This giver's answer to one arrangement's survey, if any. */
    @Transactional(readOnly = true)
    public Optional<Antwoord> antwoord(Long arrangementId, String geverSleutel) {
        return antwoorden.findByArrangementIdAndGeverSleutel(arrangementId, geverSleutel)
                .map(e -> new Antwoord(e.getTevredenheid(), e.getErvarenBaat(), e.getToelichting(), e.getIngevuldOp()));
    }

    /**
     * Gives or changes this giver's answer. The arrangement must be this dossier's and its survey open today (else
     * 404 for another dossier's, and "no longer possible" after the window); figures from 1 to 10.
     */
    public void beantwoord(String dossierNummer, Long arrangementId, String geverSleutel, Rol rol, Integer tevredenheid,
                           Integer ervarenBaat, String toelichting) {
        Arrangement a = arrangementen.findById(arrangementId).filter(x -> x.getDossierNummer().equals(dossierNummer))
                .orElseThrow(() -> new NietGevondenException("Dit arrangement bestaat niet."));
        if (!isOpen(a, Klok.vandaag(clock))) {
            throw new NietMogelijkException("De vragenlijst over dit arrangement is gesloten: u kon hem invullen tot en met "
                    + (a.getAfgeslotenOp() == null ? "het afsluiten" : openTot(a.getAfgeslotenOp())) + ".");
        }
        List<Veldfout> fouten = new ArrayList<>();
        if (!cijfer(tevredenheid)) {
            fouten.add(new Veldfout("tevredenheid", "Kies een cijfer van 1 tot en met 10."));
        }
        if (!cijfer(ervarenBaat)) {
            fouten.add(new Veldfout("ervarenBaat", "Kies een cijfer van 1 tot en met 10."));
        }
        String tekst = toelichting == null || toelichting.isBlank() ? null : toelichting.strip();
        if (tekst != null && tekst.length() > MAX_TOELICHTING) {
            fouten.add(new Veldfout("toelichting", "De toelichting is te lang (maximaal " + MAX_TOELICHTING + " tekens)."));
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        Enqueteantwoord antwoord = antwoorden.findByArrangementIdAndGeverSleutel(arrangementId, geverSleutel)
                .orElseGet(() -> new Enqueteantwoord(arrangementId, dossierNummer, geverSleutel, rol));
        antwoord.antwoord(tevredenheid, ervarenBaat, tekst, clock.instant());
        try {
            antwoorden.saveAndFlush(antwoord);
        } catch (DataIntegrityViolationException tegelijk) {
            // The same giver sent twice at once: the other answer was saved, this one is not.
            throw new NietMogelijkException("Uw antwoord is net al opgeslagen. Kijk het na en verstuur het zo nodig opnieuw.");
        }
    }

    /** A dossier past its retention: the survey answers go with it (arrangement's own listener calls this). */
    void verwijder(String dossierNummer) {
        antwoorden.deleteAll(antwoorden.findByDossierNummer(dossierNummer));
    }

    private boolean isOpen(Arrangement a, LocalDate vandaag) {
        return a.getStatus() == Arrangement.Status.AFGESLOTEN && a.getAfgeslotenOp() != null
                && !vandaag.isAfter(openTot(a.getAfgeslotenOp()));
    }

    private static boolean cijfer(Integer waarde) {
        return waarde != null && waarde >= 1 && waarde <= 10;
    }
}
