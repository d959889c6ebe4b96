package nl.eenplan.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.eenplan.aanmelding.AanmeldingService;
import nl.eenplan.aanmelding.Categorie;
import nl.eenplan.aanmelding.NieuweAanmelding;
import nl.eenplan.aanmelding.Urgentie;
import nl.eenplan.engine.Klok;
import nl.eenplan.engine.Routering;
import nl.eenplan.dossier.DossierSamenvatting;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.GezagService;
import nl.eenplan.dossier.NieuweAfspraak;
import nl.eenplan.dossier.NieuwDossier;
import nl.eenplan.dossier.NieuwWoonadres;
import nl.eenplan.dossier.NieuweSchool;
import nl.eenplan.dossier.Onderwijssoort;
import nl.eenplan.dossier.Ouder;
import nl.eenplan.leerplicht.LeerplichtService;
import nl.eenplan.leerplicht.Reden;
import nl.eenplan.dossier.Regio;
import nl.eenplan.dossier.SchoolService;
import nl.eenplan.security.GebruikerService;
import nl.eenplan.security.Groepen;
import nl.eenplan.monitor.Periode;
import nl.eenplan.modelcontrole.Procesvariabelen;
import nl.eenplan.monitor.Voorbeeldregio;
import nl.eenplan.organisatie.Organisaties;
import nl.eenplan.overstap.OverstapService;
import nl.eenplan.overstap.Overstapsoort;
import nl.eenplan.termijn.Schooljaar;
import nl.eenplan.termijn.Schoolkalender;
import nl.eenplan.verzuim.VerzuimRegistratie;
import nl.eenplan.verzuim.VerzuimService;
import nl.eenplan.verzuim.Verzuimsoort;
import nl.eenplan.mdo.MdoService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Profile "demo" only: user "demo" (admin and procesbeheer), one user per group whose id is the
 * group id, all with password "demo", two fictional schools in gemeente Utrecht (the school staff work at
 * both; gemeente, jeugdhulp, leerplicht and SWV users belong to Utrecht and its SWV), and one fictional pupil whose
 * referral waits for its intake and whose escalation waits for leerplicht in Tasklist, and one whose
 * absence made a draft verzuimmelding that waits for the zorgcoördinator; an MDO and an arrangement
 * request to start on, and a transition to vo beginning with the school advice; the demo family of issue #24 (Noor's
 * parents with and without gezag, and Sanne, 16, who signs in for herself; the accounts: gezin.DemoGezin). Never active
 * in production.
 */
@Component
@Profile("demo")
class DemoGegevens implements ApplicationRunner {

    static final String WACHTWOORD = "demo";
    private static final String GEMEENTE = "Utrecht";
    /** CBS code of gemeente Utrecht. */
    private static final String GEMEENTECODE = "GM0344";
    private static final String SWV = "SWV Passend Onderwijs Utrecht (demo)";
    private static final List<String> REGIO_SCHOLEN = List.of("98VA00", "98VB00", "98VC00", "98VD00");

    private static final Logger LOG = LoggerFactory.getLogger(DemoGegevens.class);

    private final GebruikerService gebruikers;
    private final SchoolService scholen;
    private final DossierService dossiers;
    private final AanmeldingService aanmeldingen;
    private final boolean voorbeeldleerling;
    private final LeerplichtService leerplicht;
    private final VerzuimService verzuim;
    private final OverstapService overstappen;
    private final RuntimeService runtimeService;
    private final Schoolkalender kalender;
    private final Organisaties organisaties;
    private final Voorbeeldregio regio;
    private final boolean voorbeeldregio;
    private final Clock clock;
    private final GezagService gezag;

    private final MdoService mdos;
    private final TaskService taskService;

    DemoGegevens(GebruikerService gebruikers, SchoolService scholen, DossierService dossiers,
                 AanmeldingService aanmeldingen, LeerplichtService leerplicht, VerzuimService verzuim,
                 OverstapService overstappen, RuntimeService runtimeService, Schoolkalender kalender, Organisaties organisaties,
                 Voorbeeldregio regio, @Value("${eenplan.demo.voorbeeldleerling:true}") boolean voorbeeldleerling,
                 @Value("${eenplan.demo.voorbeeldregio:true}") boolean voorbeeldregio, Clock clock, GezagService gezag,
                 MdoService mdos, TaskService taskService) {
        this.clock = clock;
        this.mdos = mdos;
        this.taskService = taskService;
        this.gezag = gezag;
        this.gebruikers = gebruikers;
        this.scholen = scholen;
        this.dossiers = dossiers;
        this.aanmeldingen = aanmeldingen;
        this.voorbeeldleerling = voorbeeldleerling;
        this.leerplicht = leerplicht;
        this.verzuim = verzuim;
        this.overstappen = overstappen;
        this.runtimeService = runtimeService;
        this.kalender = kalender;
        this.organisaties = organisaties;
        this.regio = regio;
        this.voorbeeldregio = voorbeeldregio;
    }

    @Override
    public void run(ApplicationArguments args) {
        gebruikers.maakAlsNieuw("demo", "Demo", "Beheerder", WACHTWOORD, Groepen.ADMIN, Groepen.CAMUNDA_ADMIN,
                Groepen.PROCESBEHEER);
        for (Groepen.Groep groep : Groepen.ALLE) {
            gebruikers.maakAlsNieuw(groep.id(), "Demo", groep.naam(), WACHTWOORD, groep.id());
        }
        if (scholen.lijst().isEmpty()) {
            scholen.registreer(new NieuweSchool("99ZZ00", "Basisschool De Vlinder (demo)", GEMEENTE, SWV, Regio.MIDDEN,
                    GEMEENTECODE));
            scholen.registreer(new NieuweSchool("99YY00", "Het Baken College (demo)", GEMEENTE, SWV, Regio.MIDDEN,
                    GEMEENTECODE));
        }
        // The demo's school staff work at both schools; gemeente and SWV staff see them through their organisation.
        for (String brin : List.of("99ZZ00", "99YY00")) {
            organisaties.voegToeAanSchool(Groepen.ZORGCOORDINATOR, brin);
            organisaties.voegToeAanSchool(Groepen.MENTOR, brin);
            organisaties.voegToeAanSchool(Groepen.AANDACHTSFUNCTIONARIS, brin);
            organisaties.voegToeAanSchool(Groepen.SCHOOLLEIDING, brin);
        }
        for (String gebruiker : List.of(Groepen.JEUGDHULP, Groepen.GEMEENTE, Groepen.LEERPLICHT, Groepen.RMC,
                Groepen.LEERPLICHT_TEAMLEIDER, Groepen.JEUGDARTS)) {
            organisaties.voegToeAanOrganisatie(gebruiker, Organisaties.gemeenteGroep(GEMEENTE));
        }
        organisaties.voegToeAanOrganisatie(Groepen.SWV, Organisaties.swvGroep(SWV));
        // The example pupils when there is no Noor yet (at any school: the demo may have moved her), not only in an
        // empty database: a start without them (eenplan.demo.voorbeeldleerling=false, as the scenario tests' context)
        // may have made other dossiers before.
        if (voorbeeldleerling && dossiers.lijst().stream().noneMatch(d -> d.leerling().equals("Noor de Vries"))) {
            var leerling = new NieuwDossier.Leerling("Noor", "de", "Vries", LocalDate.of(2015, 5, 14), null,
                    "99ZZ00", Onderwijssoort.PO, 6, List.of(new NieuwDossier.Ouder("Karin de Vries",
                            Ouder.Relatie.OUDER, "06 1234 5678", "karin.devries@example.nl", true, false)));
            var dossier = dossiers.open(new NieuwDossier(leerling, Groepen.ZORGCOORDINATOR), Groepen.MENTOR);
            aanmeldingen.start(dossier.nummer(), new NieuweAanmelding(Set.of(Categorie.GEDRAG, Categorie.SOCIAAL_EMOTIONEEL),
                    Urgentie.NORMAAL, "Gesprekken met de mentor en een beloningssysteem in de klas.", false, false, null),
                    Groepen.MENTOR);
            leerplicht.escaleer(dossier.nummer(), Reden.LANGDURIG_VERZUIM,
                    "Demo: sinds 5 weken elke lesdag niet op school, geen vrijstelling.", "demo");
            verzuimVanDaan();
            mdoEnArrangementVanLotte();
            overstapVanMees();
        }
        if (voorbeeldleerling) {
            // Also in a demo database made before issue #24: what is missing is added.
            gezinVanNoor();
            sanneVoorZichzelf();
        }
        if (voorbeeldregio && scholen.lijst().stream().noneMatch(s -> s.brin().equals(REGIO_SCHOLEN.get(0)))) {
            // The monitor's example region: the last complete school year.
            Voorbeeldregio.Opdracht opdracht = new Voorbeeldregio.Opdracht(GEMEENTE, SWV, REGIO_SCHOLEN, 50,
                    vorigSchooljaar(), "zorgcoordinatorRegio", 2026);
            // A school year of figures for the monitor (/monitor), in four more schools of the gemeente.
            gebruikers.maakAlsNieuw(opdracht.zorgcoordinator(), "Demo", "Zorgcoördinator voorbeeldregio", WACHTWOORD,
                    Groepen.ZORGCOORDINATOR);
            regio.genereer(opdracht);
            LOG.info("Demoprofiel: voorbeeldregio met {} leerlingen in schooljaar {}-{}.",
                    opdracht.scholen().size() * opdracht.leerlingenPerSchool(), opdracht.jaar(), opdracht.jaar() + 1);
        }
        LOG.info("Demoprofiel: gebruikers 'demo' en één per groep ({}), wachtwoord 'demo'.",
                Groepen.ALLE.stream().map(Groepen.Groep::id).toList());
    }

    /**
     * The demo family of issue #24 (nl.eenplan.gezin binds the demo accounts to them): Noor's mother Karin has gezag
     * (account {@code ouder}); her father Erik has none (account {@code ouder2}, BW art. 1:377c). Noor's plan has goals and
     * an agreement with the family at home, so the family's pages show something.
     */
    private void gezinVanNoor() {
        Optional<String> noor = demoleerling("Noor de Vries", "99ZZ00");
        if (noor.isEmpty()) {
            return;
        }
        String nummer = noor.get();
        var dossier = dossiers.haalOp(nummer);
        if (dossier.leerling().ouders().stream().noneMatch(o -> o.naam().equals("Erik de Vries"))) {
            gezag.voegToe(nummer, new NieuwDossier.Ouder("Erik de Vries", Ouder.Relatie.OUDER, "06 8765 4321",
                    "erik.devries@example.nl", false, false));
        }
        if (dossier.doelen().isEmpty()) {
            dossiers.voegDoelenToe(nummer, List.of("Noor leest elke dag een kwartier en kan het verhaal navertellen.",
                    "Noor vraagt in de klas zelf om hulp als ze vastloopt."));
            LocalDate vandaag = Klok.vandaag(clock);
            dossiers.voegAfsprakenToe(nummer, List.of(
                    new NieuweAfspraak("Thuis elke avond een kwartier samen met Noor lezen (ouders).", Groepen.MENTOR,
                            true, vandaag.plusWeeks(6), true),
                    new NieuweAfspraak("Wekelijks een kort gesprek met Noor over hoe het in de klas gaat.",
                            Groepen.MENTOR, true, vandaag.plusWeeks(4))), "demo");
        }
        mdoVanNoor(nummer);
    }

    /**
     * A planned MDO for Noor in two weeks, so the family's page has a date to answer (issue #24); only when Noor has no
     * MDO yet. Planned through the task's own handler, as a zorgcoördinator would (the demo's start has no user).
     */
    private void mdoVanNoor(String nummer) {
        if (!mdos.vanDossier(nummer).isEmpty()) {
            return;
        }
        var r = dossiers.routeringsgegevens(nummer);
        Map<String, Object> variabelen = Routering.variabelen(r);
        variabelen.put(Procesvariabelen.VERZUIM, false);
        String mdo = runtimeService.startProcessInstanceByKey("mdo", nummer, variabelen).getId();
        String plannen = taskService.createTaskQuery().processInstanceId(mdo).taskDefinitionKey("plannen")
                .singleResult().getId();
        LocalDate over2Weken = Klok.vandaag(clock).plusWeeks(2);
        taskService.complete(plannen, Map.of("datum", over2Weken + "T15:00",
                "locatie", "Basisschool De Vlinder, kamer van de zorgcoördinator"));
    }

    /**
     * Sanne Jansen (account {@code leerling}), who signs in for herself: 16 years and 3 months old whatever today is, so
     * the family's pages treat her as a pupil of 16 (AVG art. 8, UAVG art. 5).
     */
    private void sanneVoorZichzelf() {
        if (demoleerling("Sanne Jansen", "99YY00").isPresent()) {
            return;
        }
        LocalDate geboren = Klok.vandaag(clock).minusYears(16).minusMonths(3);
        var leerling = new NieuwDossier.Leerling("Sanne", null, "Jansen", geboren, null, "99YY00", Onderwijssoort.VO, 4,
                List.of(new NieuwDossier.Ouder("Marieke Jansen", Ouder.Relatie.OUDER, "06 3456 7890",
                        "marieke.jansen@example.nl", true, false)));
        var dossier = dossiers.open(new NieuwDossier(leerling, Groepen.ZORGCOORDINATOR), Groepen.MENTOR);
        dossiers.voegDoelenToe(dossier.nummer(), List.of("Sanne haalt haar achterstand bij wiskunde in voor de kerst."));
        dossiers.voegAfsprakenToe(dossier.nummer(), List.of(new NieuweAfspraak(
                "Twee keer per week bijles wiskunde in het leerplein.", Groepen.MENTOR, true,
                Klok.vandaag(clock).plusWeeks(8))), "demo");
    }

    /** The open dossier of a demo pupil by name and school. */
    private Optional<String> demoleerling(String naam, String brin) {
        return dossiers.lijst().stream().filter(d -> d.leerling().equals(naam) && d.schoolBrin().equals(brin))
                .map(DossierSamenvatting::nummer).findFirst();
    }

    /** A vo pupil whose MDO waits to be planned and whose arrangement request waits to be written. */
    private void mdoEnArrangementVanLotte() {
        var leerling = new NieuwDossier.Leerling("Lotte", null, "Smit", LocalDate.of(2011, 2, 20), null,
                "99YY00", Onderwijssoort.VO, 3, List.of(new NieuwDossier.Ouder("Peter Smit", Ouder.Relatie.OUDER,
                        "06 2345 6789", "peter.smit@example.nl", true, false)));
        var dossier = dossiers.open(new NieuwDossier(leerling, Groepen.ZORGCOORDINATOR), Groepen.MENTOR);
        var r = dossiers.routeringsgegevens(dossier.nummer());
        Map<String, Object> variabelen = Routering.variabelen(r);
        variabelen.put(Procesvariabelen.VERZUIM, false);
        runtimeService.startProcessInstanceByKey("mdo", r.dossierNummer(), variabelen);
        runtimeService.startProcessInstanceByKey("arrangement", r.dossierNummer(), variabelen);
    }

    /** A pupil in groep 8: the transition to vo of this school year, starting with the school advice. */
    private void overstapVanMees() {
        var leerling = new NieuwDossier.Leerling("Mees", "van", "Dijk", LocalDate.of(2014, 9, 12), null,
                "99ZZ00", Onderwijssoort.PO, 8, List.of());
        var dossier = dossiers.open(new NieuwDossier(leerling, Groepen.ZORGCOORDINATOR), Groepen.MENTOR);
        LocalDate vandaag = Klok.vandaag(clock);
        overstappen.start(dossier.nummer(), Overstapsoort.PO_VO, Schooljaar.van(vandaag).code());
    }

    /** A second pupil with 16 hours of absence in the last four lesdagen: a draft report waits for the school. */
    private void verzuimVanDaan() {
        var leerling = new NieuwDossier.Leerling("Daan", null, "Bakker", LocalDate.of(2012, 9, 3), null,
                "99YY00", Onderwijssoort.VO, 2, List.of(), false,
                new NieuwWoonadres("3521 AZ", "10", "Utrecht", GEMEENTECODE, false));
        var dossier = dossiers.open(new NieuwDossier(leerling, Groepen.ZORGCOORDINATOR), Groepen.MENTOR);
        List<VerzuimRegistratie.Dag> dagen = new ArrayList<>();
        LocalDate dag = Klok.vandaag(clock);
        while (dagen.size() < 4 && dag.isAfter(kalender.bekendVan())) {
            dag = dag.minusDays(1);
            if (!dag.isAfter(kalender.bekendTot()) && kalender.isLesdag(dag, Regio.MIDDEN)) {
                dagen.add(new VerzuimRegistratie.Dag(dag, new BigDecimal("4"), Verzuimsoort.ONGEOORLOOFD, false));
            }
        }
        if (dagen.size() == 4) {
            verzuim.registreer(dossier.nummer(), new VerzuimRegistratie(dagen), Groepen.MENTOR);
        }
    }

    /** The year in which the school year began that the monitor shows by default: the demo's figures are there. */
    private int vorigSchooljaar() {
        return Periode.laatsteVolledigeSchooljaar(Klok.vandaag(clock)).van().getYear();
    }
}
