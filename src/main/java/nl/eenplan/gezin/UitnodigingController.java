package nl.eenplan.gezin;

import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.eenplan.paginas.Pdfmaker;
import nl.eenplan.web.NietGevondenException;
import nl.eenplan.web.Problemen;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The school invites a guardian or the pupil to EenPlan, and sees and ends their bindings (issue #24; docs/gezin.md):
 * the zorgcoördinator only. Other schools' dossiers do not exist here (dossier.DossierToegang, 404). The rules are
 * {@link Uitnodigingen}'s, the same as on the pupil's page ({@link UitnodigingPagina}).
 */
@RestController
@PreAuthorize("hasAuthority('zorgcoordinator')")
class UitnodigingController {

    /** Request body: a guardian ({@code ouderId}) or the pupil ({@code leerling: true}), and how the code goes. */
    record Verzoek(Long ouderId, Boolean leerling, Uitnodigingen.Kanaal kanaal) {
    }

    /** Request body of the letter: the code as it was given once. */
    record Code(String code) {
    }

    /** An invitation as the API shows it; {@code code} only in the answer that made it. */
    record Weergave(long id, String wie, Long ouderId, Uitnodigingen.Kanaal kanaal, boolean zonderGezag, String stand,
                    String aangemaaktDoor, Instant aangemaaktOp, Instant verlooptOp, Instant gebruiktOp,
                    Instant ingetrokkenOp, int pogingen, String code) {
    }

    /** A binding as the school sees it. */
    record Koppeling(long id, String wie, Long ouderId, Instant gekoppeldOp, Instant beeindigdOp,
                     String beeindigdDoor) {
    }

    private final Uitnodigingen uitnodigingen;
    private final Gezinsregister register;
    private final Pdfmaker pdf;
    private final java.time.Clock clock;
    private final String adres;

    UitnodigingController(Uitnodigingen uitnodigingen, Gezinsregister register, Pdfmaker pdf, java.time.Clock clock,
                          @Value("${eenplan.meldingen.mail.adres:}") String adres) {
        this.uitnodigingen = uitnodigingen;
        this.register = register;
        this.pdf = pdf;
        this.clock = clock;
        this.adres = adres.endsWith("/") ? adres.substring(0, adres.length() - 1) : adres;
    }

    @GetMapping("/api/dossiers/{nummer}/uitnodigingen")
    List<Weergave> lijst(@PathVariable String nummer) {
        Instant nu = clock.instant();
        return uitnodigingen.vanDossier(nummer).stream().map(u -> weergave(u, nu, null)).toList();
    }

    @PostMapping("/api/dossiers/{nummer}/uitnodigingen")
    ResponseEntity<Weergave> nodigUit(@PathVariable String nummer, @RequestBody Verzoek verzoek, Principal door) {
        Uitnodigingen.Nieuw nieuw = uitnodigingen.nodigUit(nummer, new Uitnodigingen.Wie(verzoek.ouderId(),
                Boolean.TRUE.equals(verzoek.leerling())), verzoek.kanaal(), door.getName());
        return ResponseEntity.created(URI.create("/api/dossiers/" + nummer + "/uitnodigingen/"
                        + nieuw.uitnodiging().id()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(weergave(nieuw.uitnodiging(), clock.instant(), nieuw.code()));
    }

    @PostMapping("/api/dossiers/{nummer}/uitnodigingen/{id}/intrekken")
    Weergave trekIn(@PathVariable String nummer, @PathVariable long id, Principal door) {
        return weergave(uitnodigingen.trekIn(nummer, id, door.getName()), clock.instant(), null);
    }

    /** The letter with the code (the code is not kept, so the caller sends it back once more). */
    @PostMapping(value = "/api/dossiers/{nummer}/uitnodigingen/{id}/brief", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> brief(@PathVariable String nummer, @PathVariable long id, @RequestBody Code code) {
        return brief(uitnodigingen.brief(nummer, id, code.code()), nummer, id);
    }

    @GetMapping("/api/dossiers/{nummer}/gezinskoppelingen")
    List<Koppeling> koppelingen(@PathVariable String nummer) {
        return register.vanDossier(nummer).stream().map(k -> new Koppeling(k.id(), k.rol().name(), k.ouderId(),
                k.gekoppeldOp(), k.beeindigdOp(), k.beeindigdDoor())).toList();
    }

    @PostMapping("/api/dossiers/{nummer}/gezinskoppelingen/{id}/beeindigen")
    ResponseEntity<Void> beeindig(@PathVariable String nummer, @PathVariable long id, Principal door) {
        uitnodigingen.beeindigKoppeling(nummer, id, door.getName());
        return ResponseEntity.noContent().build();
    }

    /** problem+json here, as everywhere in the API (the family's pages answer "not found" with a page). */
    @ExceptionHandler(NietGevondenException.class)
    ProblemDetail nietGevonden(NietGevondenException e) {
        return Problemen.probleem(HttpStatus.NOT_FOUND, e.getMessage(), List.of());
    }

    ResponseEntity<byte[]> brief(Uitnodigingen.Brief brief, String nummer, long id) {
        Map<String, Object> model = new HashMap<>();
        model.put("brief", brief);
        model.put("adres", adres + "/gezin/inloggen");
        Instant nu = clock.instant();
        model.put("gemaakt", nu);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("uitnodiging-" + nummer + "-" + id + ".pdf").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                // The pupil's letter reads "je" throughout (messages_nl__leerling.properties), a guardian's "u".
                .body(pdf.maak("pdf/uitnodiging", model, nu, brief.leerling() ? Gezinstaal.LEERLING
                        : Gezinstaal.NEDERLANDS));
    }

    static Weergave weergave(Uitnodigingen.Uitnodiging u, Instant nu, String code) {
        return new Weergave(u.id(), u.rol().name(), u.ouderId(), u.kanaal(), u.zonderGezag(), u.stand(nu),
                u.aangemaaktDoor(), u.aangemaaktOp(), u.verlooptOp(), u.gebruiktOp(), u.ingetrokkenOp(), u.pogingen(),
                code);
    }
}
