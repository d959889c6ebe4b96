package nl.eenplan.paginas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import nl.eenplan.dossier.Toestemming;
import nl.eenplan.dossier.Toestemmingsinformatie;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.SchoolService;
import nl.eenplan.engine.Klok;
import nl.eenplan.security.Toegang;
import nl.eenplan.termijn.Schooljaar;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Work that starts without a task: open a dossier, report a concern, register absence, start a transition, record
 * a consent, start the meldcode. Each is a form of EenPlan's
 * own (paginas/acties/*.form, made in Camunda Modeler like the task forms, but owned by developers because it is the
 * API's input) sent to the same API endpoint an API client uses, so the same checks and Dutch messages apply.
 */
@Controller
@PreAuthorize("hasAnyAuthority('zorgcoordinator', 'mentor')")
class ActiesPagina {

    /** An action's page: its form, where it goes, and where the user lands after. */
    record Actie(String titel, String formulier, String verstuurNaar, String daarna, String knop,
                 Map<String, Object> gegevens) {
    }

    private final DossierService dossiers;
    private final SchoolService scholen;
    private final Toegang toegang;
    private final Clock clock;

    ActiesPagina(DossierService dossiers, SchoolService scholen, Toegang toegang, Clock clock) {
        this.dossiers = dossiers;
        this.scholen = scholen;
        this.toegang = toegang;
        this.clock = clock;
    }

    @GetMapping("/leerlingen/nieuw")
    String dossierOpenen(Model model) {
        Toegang.Zicht zicht = toegang.zicht();
        // The schools the user works for, by name, as the choice in the form.
        List<Map<String, String>> eigen = scholen.lijst().stream().filter(s -> zicht.omvat(s.brin()))
                .map(s -> Map.of("label", s.naam() + " (" + s.brin() + ")", "value", s.brin())).toList();
        return toon(model, new Actie("Nieuwe leerling", "dossierOpenen", "/api/dossiers", "/leerlingen/{nummer}",
                "Dossier openen", Map.of("scholen", eigen)));
    }

    @GetMapping("/leerlingen/{nummer}/zorg-melden")
    String zorgMelden(@PathVariable String nummer, Model model) {
        return toon(model, voorLeerling(nummer, "Zorg melden", "zorgMelden", "/aanmeldingen", "Zorg melden"));
    }

    @GetMapping("/leerlingen/{nummer}/verzuim")
    String verzuimRegistreren(@PathVariable String nummer, Model model) {
        return toon(model, voorLeerling(nummer, "Verzuim registreren", "verzuimRegistreren", "/verzuim",
                "Verzuim registreren"));
    }

    /** The school year a transition is usually for: the current one (August to July), by the Dutch date. */
    @GetMapping("/leerlingen/{nummer}/overstap")
    @PreAuthorize("hasAuthority('zorgcoordinator')")
    String overstapStarten(@PathVariable String nummer, Model model) {
        Actie actie = voorLeerling(nummer, "Overstap starten", "overstapStarten", "/overstappen", "Overstap starten");
        LocalDate vandaag = Klok.vandaag(clock);
        actie.gegevens().put("schooljaar", Schooljaar.van(vandaag).code());
        return toon(model, actie);
    }

    @GetMapping("/leerlingen/{nummer}/toestemming")
    @PreAuthorize("hasAuthority('zorgcoordinator')")
    String toestemmingVastleggen(@PathVariable String nummer, Model model) {
        Actie actie = voorLeerling(nummer, "Toestemming vastleggen", "toestemmingVastleggen", "/toestemmingen",
                "Toestemming vastleggen");
        // Only guardians whose gezag is confirmed can consent; the texts they were told are shown and recorded.
        actie.gegevens().put("ouders", dossiers.haalOp(nummer).leerling().ouders().stream().filter(o -> Boolean.TRUE.equals(o.gezag()))
                .map(o -> Map.of("label", o.naam() + " (" + o.relatie().omschrijving() + ")", "value", o.id()))
                .toList());
        for (Toestemming.Scope scope : Toestemming.Scope.values()) {
            Toestemmingsinformatie.huidige(scope).ifPresent(i -> actie.gegevens().put("informatie"
                    + scope.name().charAt(0) + scope.name().substring(1).toLowerCase(), i.tekst() + " (versie "
                    + i.versie() + ")"));
        }
        return toon(model, actie);
    }

    /** The new school reports that the pupil enrolled there from another school (package nl.eenplan.schoolwissel). */
    @GetMapping("/leerlingen/{nummer}/schoolwissel")
    @PreAuthorize("hasAuthority('zorgcoordinator')")
    String schoolwisselMelden(@PathVariable String nummer, Model model) {
        return toon(model, voorLeerling(nummer, "Schoolwissel melden", "schoolwisselMelden", "/schoolwissel",
                "Schoolwissel melden"));
    }

    /** Start the meldcode at any moment: the school's zorgcoördinator, mentor or aandachtsfunctionaris. */
    @GetMapping("/leerlingen/{nummer}/meldcode")
    @PreAuthorize("hasAnyAuthority('zorgcoordinator', 'mentor', 'aandachtsfunctionaris')")
    String meldcodeStarten(@PathVariable String nummer, Model model) {
        return toon(model, voorLeerling(nummer, "Meldcode starten", "meldcodeStarten", "/meldcode", "Meldcode starten"));
    }

    private Actie voorLeerling(String nummer, String titel, String formulier, String endpoint, String knop) {
        dossiers.controleerToegang(nummer);
        var leerling = dossiers.identiteit(nummer);
        Map<String, Object> gegevens = new LinkedHashMap<>();
        gegevens.put("dossierNummer", nummer);
        gegevens.put("leerlingNaam", leerling.naam());
        return new Actie(titel + ": " + leerling.naam(), formulier, "/api/dossiers/" + nummer + endpoint,
                "/leerlingen/" + nummer, knop, gegevens);
    }

    private static String toon(Model model, Actie actie) {
        model.addAttribute("actie", actie);
        model.addAttribute("formulier", lees(actie.formulier()));
        return "paginas/actie";
    }

    private static String lees(String formulier) {
        try (var in = new ClassPathResource("paginas/acties/" + formulier + ".form").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
