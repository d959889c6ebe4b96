package nl.eenplan.verzuim;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.Gegevensstroom;
import nl.eenplan.dossier.Grondslagbesluit;
import nl.eenplan.dossier.Leerlingidentiteit;
import nl.eenplan.dossier.ToestemmingService;
import nl.eenplan.engine.Klok;
import nl.eenplan.melding.Melding;
import nl.eenplan.melding.MeldingService;
import nl.eenplan.melding.NieuweMelding;
import nl.eenplan.security.Groepen;
import nl.eenplan.termijn.EigenKalender;
import nl.eenplan.termijn.Schoolkalender;
import nl.eenplan.termijn.SchoolkalenderService;
import nl.eenplan.verzuim.Afwezigheidsviews.VerlofView;
import nl.eenplan.verzuim.Afwezigheidsviews.VrijstellingView;
import nl.eenplan.verzuim.Afwezigheidsviews.ZiekmeldingView;
import nl.eenplan.web.NietGevondenException;
import nl.eenplan.web.OngeldigeInvoerException;
import nl.eenplan.web.Veldfout;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leave, exemptions and illness of a pupil (issue #22): records them after {@link Verlofregels}' checks, tells
 * {@link VerzuimService} which absence they excuse ({@link Geoorloofd}), and signals worrying illness (M@ZL,
 * {@link Ziekteregels}) to the zorgcoördinator, and to the jeugdarts only on a basis (consent, Gegevensstroom
 * JGZ_ZIEKTEVERZUIM). A report already made is never changed when leave
 * comes later: the school is told, and may withdraw it.
 */
@Service
@Transactional
public class AfwezigheidService {

    private final VerlofRepository verloven;
    private final VrijstellingRepository vrijstellingen;
    private final ZiekmeldingRepository ziekmeldingen;
    private final ZiektesignaalRepository ziektesignalen;
    private final VerzuimmeldingRepository meldingen;
    private final DossierService dossiers;
    /** The school's own calendar: leave and illness count the school's lesdagen. */
    private final SchoolkalenderService scholen;
    private final Schoolkalender kalender;
    private final MeldingService berichten;
    private final ToestemmingService toestemmingen;
    private final Ziekteregels.Drempels drempels;
    private final Clock clock;

    AfwezigheidService(VerlofRepository verloven, VrijstellingRepository vrijstellingen,
                       ZiekmeldingRepository ziekmeldingen, ZiektesignaalRepository ziektesignalen,
                       VerzuimmeldingRepository meldingen, DossierService dossiers, SchoolkalenderService scholen,
                       Schoolkalender kalender, MeldingService berichten, ToestemmingService toestemmingen,
                       @Value("${eenplan.verzuim.mazl.aaneengesloten-schooldagen:7}") int aaneengesloten,
                       @Value("${eenplan.verzuim.mazl.ziekmeldingen:4}") int keer,
                       @Value("${eenplan.verzuim.mazl.schoolweken:12}") int schoolweken, Clock clock) {
        this.verloven = verloven;
        this.vrijstellingen = vrijstellingen;
        this.ziekmeldingen = ziekmeldingen;
        this.ziektesignalen = ziektesignalen;
        this.meldingen = meldingen;
        this.dossiers = dossiers;
        this.scholen = scholen;
        this.kalender = kalender;
        this.berichten = berichten;
        this.toestemmingen = toestemmingen;
        this.drempels = new Ziekteregels.Drempels(aaneengesloten, keer, schoolweken);
        this.clock = clock;
    }

    // --- verlof

    @Transactional(readOnly = true)
    public List<VerlofView> verlof(String nummer) {
        Verlofregels regels = regels(dossiers.identiteit(nummer));
        return verloven.findByDossierNummerOrderByVan(nummer).stream()
                .map(v -> VerlofView.van(v, schooldagen(regels, v), null)).toList();
    }

    /**
     * Records leave after checking who decided ({@link Verlofregels}). {@code alsLeerplicht}: the user records for
     * leerplicht, so only the leerplichtambtenaar's own decisions; the school records the head's (and may file
     * leerplicht's decision it received).
     */
    public VerlofView legVerlofVast(String nummer, NieuwVerlof nieuw, String door, boolean alsLeerplicht) {
        Leerlingidentiteit leerling = dossiers.identiteit(nummer);
        Verlofregels regels = regels(leerling);
        List<Veldfout> fouten = new ArrayList<>();
        if (alsLeerplicht && nieuw.beslotenDoor() != Beslisser.LEERPLICHTAMBTENAAR) {
            fouten.add(new Veldfout("beslotenDoor", "Als leerplichtambtenaar legt u alleen uw eigen besluiten vast "
                    + "(LEERPLICHTAMBTENAAR); een besluit van het hoofd legt de school vast."));
        }
        besluitNietInDeToekomst(nieuw.besluitDatum(), fouten);
        fouten.addAll(regels.toets(nieuw.soort(), nieuw.van(), nieuw.tot(), nieuw.beslotenDoor(),
                verloven.findByDossierNummerOrderByVan(nummer).stream()
                        .map(v -> new Verlofregels.EerderVerlof(v.getSoort(), v.getVan(), v.getTot())).toList(),
                leerling.geboortedatum()));
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        Verlof verlof = verloven.save(new Verlof(nummer, nieuw, door, nu()));
        String opmerking = nieuw.soort() == Verlofsoort.VIJFJARIGE ? null
                : raaktMeldingen(nummer, nieuw.van(), nieuw.tot(), "verlof");
        return VerlofView.van(verlof, schooldagen(regels, verlof), opmerking);
    }

    // --- vrijstellingen

    @Transactional(readOnly = true)
    public List<VrijstellingView> vrijstellingen(String nummer) {
        dossiers.identiteit(nummer);
        return vrijstellingen.findByDossierNummerOrderByVan(nummer).stream()
                .map(v -> VrijstellingView.van(v, null)).toList();
    }

    public VrijstellingView legVrijstellingVast(String nummer, NieuweVrijstelling nieuw, String door) {
        Leerlingidentiteit leerling = dossiers.identiteit(nummer);
        List<Veldfout> fouten = new ArrayList<>();
        besluitNietInDeToekomst(nieuw.besluitDatum(), fouten);
        fouten.addAll(regels(leerling).toetsVrijstelling(nieuw.grond(), nieuw.van(), nieuw.tot(), nieuw.verleendDoor(),
                leerling.geboortedatum(), leerling.startkwalificatie()));
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        Vrijstelling vrijstelling = vrijstellingen.save(new Vrijstelling(nummer, nieuw, door, nu()));
        return VrijstellingView.van(vrijstelling, raaktMeldingen(nummer, nieuw.van(), nieuw.tot(), "vrijstelling"));
    }

    // --- ziekmeldingen

    @Transactional(readOnly = true)
    public List<ZiekmeldingView> ziekmeldingen(String nummer) {
        dossiers.identiteit(nummer);
        return ziekmeldingen.findByDossierNummerOrderByVan(nummer).stream().map(z -> ZiekmeldingView.van(z, null))
                .toList();
    }

    /** The school reports the pupil ill (a period, no diagnosis); then the M@ZL check. */
    public ZiekmeldingView meldZiek(String nummer, NieuweZiekmelding nieuw, String door) {
        dossiers.identiteit(nummer);
        List<Veldfout> fouten = new ArrayList<>();
        if (nieuw.van().isAfter(vandaag())) {
            fouten.add(new Veldfout("van", "Een ziekmelding begint vandaag of eerder."));
        }
        periode(nummer, null, nieuw.van(), nieuw.tot(), fouten);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        Ziekmelding z = ziekmeldingen.save(new Ziekmelding(nummer, nieuw.van(), nieuw.tot(), door, nu()));
        String opmerking = raaktMeldingen(nummer, nieuw.van(), nieuw.tot(), "ziekmelding");
        controleerZiekte(nummer);
        return ZiekmeldingView.van(z, opmerking);
    }

    /** Beter gemeld: the last day ill. */
    public ZiekmeldingView meldBeter(String nummer, Long id, LocalDate tot) {
        Ziekmelding z = ziekmeldingen.findById(id).filter(m -> m.getDossierNummer().equals(nummer))
                .orElseThrow(() -> new NietGevondenException("Er is geen ziekmelding " + id + " in dossier " + nummer
                        + "."));
        List<Veldfout> fouten = new ArrayList<>();
        periode(nummer, id, z.getVan(), tot, fouten);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        z.beter(tot);
        controleerZiekte(nummer);
        return ZiekmeldingView.van(z, raaktMeldingen(nummer, z.getVan(), tot, "ziekmelding"));
    }

    /**
     * M@ZL: signals the zorgcoördinator of the pupil when illness becomes worrying, with dates and counts only; the
     * jeugdarts of the pupil's school too when the basis table allows it (consent for jeugdhulp and JGZ, recorded with
     * its basis), otherwise the zorgcoördinator is told the jeugdarts was not informed and why. Each signal once.
     */
    public void controleerZiekte(String nummer) {
        Leerlingidentiteit leerling = dossiers.identiteit(nummer);
        EigenKalender school = scholen.kalender(leerling.schoolBrin());
        List<Ziekteregels.Signaal> eerder = ziektesignalen.findByDossierNummer(nummer).stream()
                .map(Ziektesignaal::alsSignaal).toList();
        List<Ziekteregels.Signaal> nieuw = new Ziekteregels(kalender, school, drempels).toets(
                ziekmeldingen.findByDossierNummerOrderByVan(nummer).stream()
                        .map(z -> new Ziekteregels.Ziekte(z.getVan(), z.getTot())).toList(), eerder, vandaag());
        for (Ziekteregels.Signaal signaal : nieuw) {
            ziektesignalen.save(new Ziektesignaal(nummer, signaal, nu()));
            String onderwerp = "Zorgwekkend ziekteverzuim (M@ZL), dossier " + nummer;
            String tekst = "Volgens de M@ZL-aanpak is het ziekteverzuim van de leerling van dossier " + nummer
                    + " (" + leerling.schoolNaam() + ") zorgwekkend: " + signaal.feiten() + ". De school gaat in "
                    + "gesprek met de leerling en de ouders en vraagt zo nodig een consult bij de jeugdarts.";
            // The jeugdarts only on a basis of the basis table (consent for jeugdhulp and JGZ); the school always.
            Grondslagbesluit jgz = toestemmingen.mag(nummer, Gegevensstroom.JGZ_ZIEKTEVERZUIM);
            String voorSchool = tekst;
            if (jgz.mag()) {
                toestemmingen.deel(nummer, Gegevensstroom.JGZ_ZIEKTEVERZUIM, "signaal zorgwekkend ziekteverzuim (M@ZL)");
                berichten.stuur(NieuweMelding.aanGroep(Melding.Soort.INFORMATIE, Groepen.JEUGDARTS, leerling.schoolBrin(),
                        onderwerp, tekst, nummer, null));
                voorSchool += " De jeugdarts heeft dit signaal ook gekregen (op " + jgz.grondslag() + ").";
            } else {
                voorSchool += " De jeugdarts is niet geïnformeerd: daarvoor is toestemming nodig. " + jgz.reden()
                        + " Bespreek het met de ouders en de leerling; met hun toestemming voor jeugdhulp en JGZ kunt u "
                        + "de jeugdarts zelf om een consult vragen.";
            }
            berichten.stuur(NieuweMelding.aanGebruiker(Melding.Soort.INFORMATIE, leerling.zorgcoordinator(), onderwerp,
                    voorSchool, nummer, null));
        }
    }

    /** Pupils still ill: checked every night, so a long illness is signalled without a new registration. */
    @Transactional(readOnly = true)
    public List<String> dossiersMetOpenZiekmelding() {
        return ziekmeldingen.dossiersMetOpenZiekmelding();
    }

    // --- for VerzuimService

    /** Which of the pupil's absence is excused: leave, exemptions, illness, and the 5-year-old's hours. */
    Geoorloofd geoorloofd(String nummer, LocalDate geboortedatum) {
        return geoorloofd(geboortedatum, verloven.findByDossierNummerOrderByVan(nummer),
                vrijstellingen.findByDossierNummerOrderByVan(nummer), ziekmeldingen.findByDossierNummerOrderByVan(nummer));
    }

    /**
     * As {@link #geoorloofd(String, LocalDate)} for many pupils at once (a block of the LAS import): one query per kind
     * for all of them. {@code geboortedata}: per dossier number, the pupil's birth date.
     */
    Map<String, Geoorloofd> geoorloofd(Map<String, LocalDate> geboortedata) {
        Map<String, List<Verlof>> verlof = new HashMap<>();
        Map<String, List<Vrijstelling>> vrijstelling = new HashMap<>();
        Map<String, List<Ziekmelding>> ziek = new HashMap<>();
        if (!geboortedata.isEmpty()) {
            verloven.findByDossierNummerInOrderByVan(geboortedata.keySet()).forEach(v ->
                    verlof.computeIfAbsent(v.getDossierNummer(), k -> new ArrayList<>()).add(v));
            vrijstellingen.findByDossierNummerInOrderByVan(geboortedata.keySet()).forEach(v ->
                    vrijstelling.computeIfAbsent(v.getDossierNummer(), k -> new ArrayList<>()).add(v));
            ziekmeldingen.findByDossierNummerInOrderByVan(geboortedata.keySet()).forEach(z ->
                    ziek.computeIfAbsent(z.getDossierNummer(), k -> new ArrayList<>()).add(z));
        }
        Map<String, Geoorloofd> perDossier = new HashMap<>();
        geboortedata.forEach((nummer, geboortedatum) -> perDossier.put(nummer, geoorloofd(geboortedatum,
                verlof.getOrDefault(nummer, List.of()), vrijstelling.getOrDefault(nummer, List.of()),
                ziek.getOrDefault(nummer, List.of()))));
        return perDossier;
    }

    private static Geoorloofd geoorloofd(LocalDate geboortedatum, List<Verlof> verlof, List<Vrijstelling> vrijstelling,
                                         List<Ziekmelding> ziek) {
        List<Geoorloofd.Periode> vrij = new ArrayList<>();
        List<Geoorloofd.Periode> vijfjarige = new ArrayList<>();
        for (Verlof v : verlof) {
            Geoorloofd.Periode p = new Geoorloofd.Periode(v.getVan(), v.getTot(), "verlof wegens "
                    + v.getSoort().omschrijving() + " (Leerplichtwet 1969 " + v.getSoort().artikel() + ")");
            (v.getSoort() == Verlofsoort.VIJFJARIGE ? vijfjarige : vrij).add(p);
        }
        for (Vrijstelling v : vrijstelling) {
            vrij.add(new Geoorloofd.Periode(v.getVan(), v.getTot(), "vrijstelling wegens "
                    + v.getGrond().omschrijving() + " (Leerplichtwet 1969 " + v.getGrond().artikel() + ")"));
        }
        for (Ziekmelding z : ziek) {
            vrij.add(new Geoorloofd.Periode(z.getVan(), z.getTot(), "ziek gemeld (Leerplichtwet 1969 art. 11 onder d)"));
        }
        return new Geoorloofd(vrij, vijfjarige, geboortedatum);
    }

    boolean heeftGegevens(String nummer) {
        return !verloven.findByDossierNummerOrderByVan(nummer).isEmpty()
                || !vrijstellingen.findByDossierNummerOrderByVan(nummer).isEmpty()
                || !ziekmeldingen.findByDossierNummerOrderByVan(nummer).isEmpty();
    }

    /** Retention: with the absence data, 5 years after uitschrijving. */
    void verwijder(String nummer) {
        verloven.deleteAll(verloven.findByDossierNummerOrderByVan(nummer));
        vrijstellingen.deleteAll(vrijstellingen.findByDossierNummerOrderByVan(nummer));
        ziekmeldingen.deleteAll(ziekmeldingen.findByDossierNummerOrderByVan(nummer));
        ziektesignalen.deleteAll(ziektesignalen.findByDossierNummer(nummer));
    }

    // --- helpers

    /**
     * Reports (not withdrawn) whose period the new leave, exemption or illness touches: never changed afterwards
     * (a sent report is leerplicht's record); the zorgcoördinator is told and may withdraw it. Null when none.
     */
    private String raaktMeldingen(String nummer, LocalDate van, LocalDate tot, String wat) {
        List<Verzuimmelding> geraakt = meldingen.findByDossierNummerOrderById(nummer).stream()
                .filter(m -> m.getStatus() != Verzuimmelding.Status.INGETROKKEN)
                .filter(m -> !m.getEinddatum().isBefore(van) && (tot == null || !m.getStartdatum().isAfter(tot)))
                .toList();
        if (geraakt.isEmpty()) {
            return null;
        }
        String tekst = "De " + wat + " valt samen met " + String.join(" en ", geraakt.stream()
                .map(m -> "verzuimmelding " + m.getId() + " (" + m.getSoort().omschrijving() + ", "
                        + VerzuimService.datum(m.getStartdatum()) + " tot en met "
                        + VerzuimService.datum(m.getEinddatum()) + ", " + m.getStatus().name().toLowerCase(Locale.ROOT)
                        + ")").toList())
                + ". EenPlan wijzigt een melding niet achteraf. Klopt zij niet meer, trek haar dan in (een verstuurde "
                + "melding kan dat zolang leerplicht haar niet heeft beoordeeld; neem anders contact op met leerplicht).";
        berichten.stuur(NieuweMelding.aanGebruiker(Melding.Soort.INFORMATIE,
                dossiers.routeringsgegevens(nummer).zorgcoordinator(),
                "Verzuimmelding en " + wat + " (dossier " + nummer + ")", tekst, nummer, null));
        return tekst;
    }

    private void periode(String nummer, Long zelf, LocalDate van, LocalDate tot, List<Veldfout> fouten) {
        if (tot != null && tot.isBefore(van)) {
            fouten.add(new Veldfout("tot", "De laatste dag ligt vóór de eerste dag."));
            return;
        }
        ziekmeldingen.findByDossierNummerOrderByVan(nummer).stream()
                .filter(z -> !z.getId().equals(zelf) && z.overlapt(van, tot)).findFirst()
                .ifPresent(z -> fouten.add(new Veldfout(tot == null ? "van" : "tot", "Deze periode overlapt ziekmelding "
                        + z.getId() + " (vanaf " + VerzuimService.datum(z.getVan()) + "); meld die eerst beter.")));
    }

    private void besluitNietInDeToekomst(LocalDate besluitDatum, List<Veldfout> fouten) {
        if (besluitDatum.isAfter(vandaag())) {
            fouten.add(new Veldfout("besluitDatum", "De datum van het besluit ligt in de toekomst."));
        }
    }

    private Verlofregels regels(Leerlingidentiteit leerling) {
        return new Verlofregels(kalender, scholen.kalender(leerling.schoolBrin()));
    }

    private Integer schooldagen(Verlofregels regels, Verlof v) {
        boolean bekend = !v.getVan().isBefore(kalender.bekendVan()) && !v.getTot().isAfter(kalender.bekendTot());
        return bekend ? regels.schooldagen(v.getVan(), v.getTot()) : null;
    }

    private LocalDate vandaag() {
        return Klok.vandaag(clock);
    }

    private Instant nu() {
        return clock.instant();
    }
}
