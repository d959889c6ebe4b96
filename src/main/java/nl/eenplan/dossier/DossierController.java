package nl.eenplan.dossier;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.eenplan.transactie.Botsing;
import nl.eenplan.web.Audit;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** Pupils' dossiers. Care details: only the school's own zorgcoördinatoren and mentoren. */
@RestController
@RequestMapping("/api/dossiers")
@PreAuthorize("hasAnyAuthority('zorgcoordinator', 'mentor')")
class DossierController {

    private final DossierService dossiers;

    DossierController(DossierService dossiers) {
        this.dossiers = dossiers;
    }

    /**
     * The dossiers of the user's schools, newest first, in pages of {@link Dossierpagina#GROOTTE} ({@code ?pagina=},
     * from 1), optionally searched ({@code ?zoek=}: a dossier number or part of the pupil's name). Still a list, as
     * before: a school with fewer pupils gets them all; the header {@code Link} points to the next and previous page
     * (RFC 8288), {@code X-Total-Count} says how many there are. The audit entry names every dossier on the page, so
     * each pupil's inzage shows who saw their name in it.
     */
    @GetMapping
    ResponseEntity<List<DossierSamenvatting>> lijst(@RequestParam(required = false) String zoek,
                                                    @RequestParam(defaultValue = "1") int pagina) {
        Dossierpagina gevonden = dossiers.zoek(zoek, pagina, Dossierpagina.Voor.API);
        Audit.betreftDossiers(gevonden.dossiers().stream().map(DossierSamenvatting::nummer).toList());
        List<String> links = new ArrayList<>();
        if (gevonden.heeftVolgende()) {
            links.add("<" + paginaLink(zoek, pagina + 1) + ">; rel=\"next\"");
        }
        if (gevonden.heeftVorige()) {
            links.add("<" + paginaLink(zoek, pagina - 1) + ">; rel=\"prev\"");
        }
        ResponseEntity.BodyBuilder antwoord = ResponseEntity.ok().header("X-Total-Count", String.valueOf(gevonden.totaal()));
        if (!links.isEmpty()) {
            antwoord.header(HttpHeaders.LINK, String.join(", ", links));
        }
        return antwoord.body(gevonden.dossiers());
    }

    private static String paginaLink(String zoek, int pagina) {
        return UriComponentsBuilder.fromPath("/api/dossiers")
                .queryParamIfPresent("zoek", Optional.ofNullable(zoek).filter(z -> !z.isBlank()))
                .queryParam("pagina", pagina).encode().build().toUriString();
    }

    @PostMapping
    ResponseEntity<DossierView> open(@Valid @RequestBody NieuwDossier nieuw, Principal gebruiker) {
        // Two requests at once for the same new pupil: one opens the dossier, the other finds it (409 with its number).
        DossierView dossier = Botsing.nogEens(() -> dossiers.open(nieuw, gebruiker.getName()));
        Audit.betreftDossier(dossier.nummer());
        return ResponseEntity.created(URI.create("/api/dossiers/" + dossier.nummer())).body(dossier);
    }

    @GetMapping("/{nummer}")
    DossierView haalOp(@PathVariable String nummer) {
        DossierView dossier = dossiers.haalOp(nummer);
        // A pupil who changed school: the old school reads only what it keeps (DossierView.alleenBewaard).
        return dossier.overgestapt() == null ? dossier : dossier.alleenBewaard();
    }

    /** The school's care for the pupil ends: the dossier is closed and removed after its retention. */
    @PostMapping("/{nummer}/sluiten")
    @PreAuthorize("hasAuthority('zorgcoordinator')")
    DossierView sluit(@PathVariable String nummer, @Valid @RequestBody Sluiting sluiting) {
        return dossiers.sluit(nummer, sluiting.reden());
    }

    /** Whether the pupil has a startkwalificatie (havo, vwo or mbo-2): who is kwalificatieplichtig or RMC's. */
    @PutMapping("/{nummer}/leerling/startkwalificatie")
    @PreAuthorize("hasAuthority('zorgcoordinator')")
    DossierView legStartkwalificatieVast(@PathVariable String nummer,
                                         @Valid @RequestBody Startkwalificatie startkwalificatie) {
        return dossiers.legStartkwalificatieVast(nummer, startkwalificatie.startkwalificatie());
    }

    /** Where the pupil lives (postcode, huisnummer, woonplaats, CBS gemeentecode): where a verzuimmelding goes. */
    @PutMapping("/{nummer}/leerling/woonadres")
    @PreAuthorize("hasAuthority('zorgcoordinator')")
    DossierView legWoonadresVast(@PathVariable String nummer, @Valid @RequestBody NieuwWoonadres woonadres) {
        return dossiers.legWoonadresVast(nummer, woonadres);
    }

    /** Request body: whether the pupil has a startkwalificatie. */
    record Startkwalificatie(@NotNull(message = "Geef aan of de leerling een startkwalificatie heeft (havo-, vwo- of "
            + "mbo-2-diploma): true of false.") Boolean startkwalificatie) {
    }

    /** Request body: why the dossier closes (the pupil left the school, support ended). */
    record Sluiting(@NotBlank(message = "Geef de reden waarom het dossier sluit.")
                    @Size(max = 500, message = "De reden is te lang (maximaal 500 tekens).") String reden) {
    }
}
