package nl.eenplan.paginas;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.eenplan.dossier.Afspraak;
import nl.eenplan.dossier.Doel;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.DossierView;
import nl.eenplan.dossier.DossierView.AfspraakView;
import nl.eenplan.dossier.PlanVoorOuders;
import nl.eenplan.security.GebruikerService;
import nl.eenplan.security.Groepen;
import nl.eenplan.taak.Procesverloop;
import nl.eenplan.web.NietGevondenException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pupil's plan as a PDF, from the pupil's page: for the MDO (the whole plan as the page shows it, with the
 * processes and what happened) and for the parents ({@code ?voor=ouders}: plain words, the goals and agreements with
 * people's names instead of user ids, no staff actions). The same people and checks as the pupil's page
 * ({@link LeerlingPagina}; dossier.DossierToegang checks the path as well), and audited as it is (audit.ApiAudit names
 * the dossier from the path). Printed "now" is the application's clock, in Dutch time.
 */
@Controller
class PlanAlsPdf {

    private final DossierService dossiers;
    private final Procesverloop processen;
    private final GebruikerService gebruikers;
    private final Datumweergave datum;
    private final Pdfmaker pdf;
    private final Clock clock;

    PlanAlsPdf(DossierService dossiers, Procesverloop processen, GebruikerService gebruikers, Datumweergave datum,
               Pdfmaker pdf, Clock clock) {
        this.dossiers = dossiers;
        this.processen = processen;
        this.gebruikers = gebruikers;
        this.datum = datum;
        this.pdf = pdf;
        this.clock = clock;
    }

    // The path variable is "nummer", as on the pupil's page: the audit names the dossier from it.
    @GetMapping("/leerlingen/{nummer}/plan.pdf")
    @PreAuthorize("hasAnyAuthority('zorgcoordinator', 'mentor')")
    ResponseEntity<byte[]> plan(@PathVariable String nummer, @RequestParam(required = false) String voor) {
        boolean voorOuders = "ouders".equals(voor);
        if (voor != null && !voorOuders) {
            throw new NietGevondenException("Er is geen plan voor '" + voor + "'. Kies het plan voor het MDO of "
                    + "voor ouders op de pagina van de leerling.");
        }
        dossiers.controleerToegang(nummer);
        DossierView dossier = dossiers.haalOp(nummer);
        Namen namen = new Namen(gebruikers);
        Map<String, Object> model = new HashMap<>();
        model.put("dossier", dossier);
        Instant nu = clock.instant();
        model.put("afgedrukt", datum.moment(nu));
        model.put("namen", namen);
        byte[] inhoud;
        if (voorOuders) {
            // The one selection for the family, shared with the family's own pages (gezin.Gezinszicht).
            model.put("plan", PlanVoorOuders.van(dossier, namen::gebruiker));
            inhoud = pdf.maak("pdf/plan-ouders", model, nu);
        } else {
            model.put("eigenaren", eigenaren(dossier, namen::voorSchool));
            // The MDO is attended by jeugdhulp and often the parents: only the plan's own processes (the MDO, the
            // arrangement), no timeline of the school's other work (a meldcode, absence, leerplicht) and who did it.
            model.put("processen", processen.lopend(nummer).stream()
                    .filter(p -> Leerlingzicht.PROCESSEN_JEUGDHULP.contains(p.proces())).toList());
            inhoud = pdf.maak("pdf/plan-mdo", model, nu);
        }
        String bestand = "plan-" + nummer + (voorOuders ? "-ouders" : "") + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(bestand).build()
                        .toString())
                // Pupil data stays out of caches (also a browser's: a shared computer at school).
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(inhoud);
    }

    private static Map<Long, String> eigenaren(DossierView dossier, Function<AfspraakView, String> naam) {
        Map<Long, String> eigenaren = new LinkedHashMap<>();
        dossier.afspraken().forEach(a -> eigenaren.put(a.id(), naam.apply(a)));
        return eigenaren;
    }

    /**
     * Who is who in the PDF: staff by name where the identity store knows it (asked once per user per PDF), groups
     * as parents call them. The templates use it for the timeline's "door" too.
     */
    static final class Namen {

        /** Groups as a parent would say it; a group not named here is "de school". */
        private static final Map<String, String> GROEPEN_VOOR_OUDERS = Map.of(
                Groepen.ZORGCOORDINATOR, "de zorgcoördinator of intern begeleider",
                Groepen.MENTOR, "de mentor of leerkracht",
                Groepen.JEUGDHULP, "jeugdhulp of het wijkteam",
                Groepen.SWV, "het samenwerkingsverband",
                Groepen.GEMEENTE, "de gemeente",
                Groepen.LEERPLICHT, "de leerplichtambtenaar");

        private final GebruikerService gebruikers;
        private final Map<String, Optional<String>> bekend = new HashMap<>();

        Namen(GebruikerService gebruikers) {
            this.gebruikers = gebruikers;
        }

        Optional<String> gebruiker(String id) {
            return id == null ? Optional.empty() : bekend.computeIfAbsent(id, gebruikers::naamVan);
        }

        /** For staff: the name with the user id (to find the colleague), or the group as on the page. */
        public String voorSchool(String id, boolean groep) {
            if (id == null) {
                return "";
            }
            if (groep) {
                return id + " (groep)";
            }
            return gebruiker(id).map(naam -> naam + " (" + id + ")").orElse(id);
        }

        String voorSchool(AfspraakView a) {
            return voorSchool(a.eigenaar(), a.eigenaarIsGroep());
        }

        /** For parents: a name or what the group does, never a user id. */
        public String voorOuders(PlanVoorOuders.Afspraakregel a) {
            if (a.naam() != null) {
                return a.naam();
            }
            return a.groep() == null ? "een medewerker van school" : GROEPEN_VOOR_OUDERS.getOrDefault(a.groep(), "de school");
        }

        /** The goal's status in plain words, for parents. */
        public String doelVoorOuders(Doel.Status status) {
            return switch (status) {
                case OPEN -> "nog niet begonnen";
                case LOOPT -> "we zijn ermee bezig";
                case BEHAALD -> "gelukt";
                case DEELS_BEHAALD -> "deels gelukt";
                case NIET_BEHAALD -> "niet gelukt";
                case VERVALLEN -> "niet meer nodig";
            };
        }

        /** The agreement's status in plain words, for parents. */
        public String afspraakVoorOuders(Afspraak.Status status) {
            return switch (status) {
                case OPEN -> "nog te doen";
                case GEDAAN -> "gedaan";
                case GEANNULEERD -> "gaat niet door";
            };
        }
    }
}
