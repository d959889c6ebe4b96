package nl.eenplan.groeidocument;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.eenplan.dossier.Dossier;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.DossierVerwijderd;
import nl.eenplan.web.NietGevondenException;
import nl.eenplan.web.NietMogelijkException;
import nl.eenplan.web.OngeldigeInvoerException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The groeidocument of a pupil, part of the dossier: each save a new version (earlier ones stay readable), the
 * parents' signatures on one version. The MDO asks whether it was updated since planning, an arrangement request
 * which version the parents signed last. Its text never goes into a process variable.
 */
@Service
@Transactional
public class GroeidocumentService {

    private final GroeidocumentRepository versies;
    private final DossierService dossiers;
    private final Clock clock;

    GroeidocumentService(GroeidocumentRepository versies, DossierService dossiers, Clock clock) {
        this.versies = versies;
        this.dossiers = dossiers;
        this.clock = clock;
    }

    /** A dossier past its retention: its groeidocument goes with it (signatures cascade). */
    @EventListener
    void dossierVerwijderd(DossierVerwijderd verwijderd) {
        versies.deleteAll(versies.findByDossierNummerOrderByVersieDesc(verwijderd.nummer()));
    }

    /** The current version and every version in short; no current version while none was saved. */
    @Transactional(readOnly = true)
    public GroeidocumentView haalOp(String nummer) {
        dossiers.haalOp(nummer);
        List<Groeidocumentversie> alle = versies.findByDossierNummerOrderByVersieDesc(nummer);
        return new GroeidocumentView(nummer, alle.isEmpty() ? null : GroeidocumentView.Versie.van(alle.get(0)),
                alle.stream().map(GroeidocumentView.Samenvatting::van).toList());
    }

    /** An earlier (or the current) version as it was saved. */
    @Transactional(readOnly = true)
    public GroeidocumentView.Versie versie(String nummer, int versie) {
        return GroeidocumentView.Versie.van(vind(nummer, versie));
    }

    /** Saves the sections as the next version: unsigned, whatever the previous one was. */
    public GroeidocumentView.Versie slaOp(String nummer, Secties secties, String door) {
        if (dossiers.haalOp(nummer).status() == Dossier.Status.GESLOTEN) {
            throw new NietMogelijkException("Dossier " + nummer + " is gesloten: het groeidocument verandert niet meer.");
        }
        if (secties.leeg()) {
            throw new OngeldigeInvoerException("sterkeKanten", "Vul minstens één deel van het groeidocument in.");
        }
        int volgende = versies.findFirstByDossierNummerOrderByVersieDesc(nummer).map(v -> v.getVersie() + 1).orElse(1);
        Groeidocumentversie nieuw = versies.saveAndFlush(new Groeidocumentversie(nummer, volgende,
                secties.opgeschoond(), door, clock.instant()));
        return GroeidocumentView.Versie.van(nieuw);
    }

    /** Records a parent's signature on one version (the zorgcoördinator, from paper or a digital signature). */
    public GroeidocumentView.Versie onderteken(String nummer, NieuweHandtekening h, String door) {
        if (dossiers.haalOp(nummer).status() == Dossier.Status.GESLOTEN) {
            throw new NietMogelijkException("Dossier " + nummer + " is gesloten: het groeidocument verandert niet meer.");
        }
        Groeidocumentversie versie = versies.findByDossierNummerAndVersie(nummer, h.versie())
                .orElseThrow(() -> new OngeldigeInvoerException("versie",
                        "Het groeidocument van dit dossier heeft geen versie " + h.versie() + "."));
        if (h.getekendOp().isBefore(versie.getOpgeslagenOp().atZone(clock.getZone()).toLocalDate())) {
            throw new OngeldigeInvoerException("getekendOp",
                    "De ouders kunnen deze versie niet hebben getekend vóór zij bestond (opgeslagen op "
                            + versie.getOpgeslagenOp().atZone(clock.getZone()).toLocalDate() + ").");
        }
        versie.teken(new Handtekening(versie, h.naam().strip(), h.relatie().strip(), h.getekendOp(), h.wijze(), door,
                clock.instant()));
        versies.flush();
        return GroeidocumentView.Versie.van(versie);
    }

    /**
     * A pupil changes school (package nl.eenplan.schoolwissel): the latest version the parents signed goes to the new
     * school's dossier {@code naar} as its next version, with the text as signed but without the signatures. The
     * parents signed it for the old school's request; at the new school they see what it holds and sign again before a
     * request attaches it (the protective reading: a signature is not carried to another school). Answers the new
     * version's number; empty when the parents never signed one.
     */
    public Optional<Integer> neemOver(String van, String naar, String door) {
        Optional<Groeidocumentversie> getekend = versies.findByDossierNummerOrderByVersieDesc(van).stream()
                .filter(Groeidocumentversie::isOndertekend).findFirst();
        if (getekend.isEmpty()) {
            return Optional.empty();
        }
        int volgende = versies.findFirstByDossierNummerOrderByVersieDesc(naar).map(v -> v.getVersie() + 1).orElse(1);
        versies.saveAndFlush(new Groeidocumentversie(naar, volgende, getekend.get().secties(), door, clock.instant()));
        return Optional.of(volgende);
    }

    /** Whether a version was saved at or after {@code sinds} (the MDO's planning); any version when not known. */
    @Transactional(readOnly = true)
    public boolean bijgewerktSinds(String nummer, Instant sinds) {
        return sinds == null ? versies.existsByDossierNummer(nummer)
                : versies.existsByDossierNummerAndOpgeslagenOpGreaterThanEqual(nummer, sinds);
    }

    /** The id of the latest version the parents signed, if any: what an arrangement request attaches. */
    @Transactional(readOnly = true)
    public Optional<Long> laatsteOndertekend(String nummer) {
        return versies.findByDossierNummerOrderByVersieDesc(nummer).stream()
                .filter(Groeidocumentversie::isOndertekend).map(Groeidocumentversie::getId).findFirst();
    }

    /** A version by its id (the one an arrangement request attached), for whoever decides on that request. */
    @Transactional(readOnly = true)
    public Optional<GroeidocumentView.Versie> metId(Long id) {
        return versies.findById(id).map(GroeidocumentView.Versie::van);
    }

    private Groeidocumentversie vind(String nummer, int versie) {
        return versies.findByDossierNummerAndVersie(nummer, versie)
                .orElseThrow(() -> new NietGevondenException("Het groeidocument van dossier " + nummer
                        + " heeft geen versie " + versie + "."));
    }
}
