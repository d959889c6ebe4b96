package nl.eenplan.gezin;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import nl.eenplan.security.Gezinslid;
import nl.eenplan.web.NietGevondenException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The family adds a document to the child's plan ({@link Gezinsregel.Handeling#DOCUMENT}): {@code
 * /gezin/kind/{publiekId}/documenten} lists the person's own uploads with a form (PDF, PNG or JPEG, at most
 * {@code eenplan.gezin.document.max-bytes}); each upload is one audited request through {@link Gezinszicht#handeling}.
 * A refused file is the same page again with the reason in the person's language (413 or 415), nothing stored.
 */
@Controller
class GezinDocumentPagina {

    private final Gezinszicht zicht;
    private final Gezinsdocumenten documenten;

    GezinDocumentPagina(Gezinszicht zicht, Gezinsdocumenten documenten) {
        this.zicht = zicht;
        this.documenten = documenten;
    }

    @GetMapping("/gezin/kind/{publiekId}/documenten")
    String lijst(@AuthenticationPrincipal Gezinslid wie, @PathVariable String publiekId,
                 @RequestParam(required = false) String toegevoegd, Model model) {
        Gezinshandeling h = zicht.handeling(wie, publiekId, Gezinsregel.Handeling.DOCUMENT);
        model.addAttribute("toegevoegd", toegevoegd != null);
        return pagina(h, publiekId, model);
    }

    @PostMapping("/gezin/kind/{publiekId}/documenten")
    String voegToe(@AuthenticationPrincipal Gezinslid wie, @PathVariable String publiekId,
                   @RequestParam(name = "bestand", required = false) MultipartFile bestand, Model model,
                   HttpServletResponse response) {
        Gezinshandeling h = zicht.handeling(wie, publiekId, Gezinsregel.Handeling.DOCUMENT);
        try {
            if (bestand == null || bestand.isEmpty()) {
                throw new Gezinsdocumenten.Geweigerd(400, "gezin.document.leeg");
            }
            documenten.bewaar(h, bestand.getOriginalFilename(), bestand.getBytes(),
                    h.dossier().leerling().school().brin());
        } catch (Gezinsdocumenten.Geweigerd fout) {
            response.setStatus(fout.status());
            model.addAttribute("fout", fout.uitleg());
            return pagina(h, publiekId, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "redirect:/gezin/kind/" + publiekId + "/documenten?toegevoegd";
    }

    /** One of the person's own uploads; any other id (another account's, another child's) is 404. */
    @GetMapping("/gezin/kind/{publiekId}/documenten/{id}")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal Gezinslid wie, @PathVariable String publiekId,
                                    @PathVariable long id) {
        Gezinshandeling h = zicht.handeling(wie, publiekId, Gezinsregel.Handeling.DOCUMENT);
        return Documentdownload.van(documenten.bestand(h.dossierNummer(), id, h.koppeling().accountId())
                .orElseThrow(() -> new NietGevondenException("gezin.niet-gevonden")));
    }

    private String pagina(Gezinshandeling h, String publiekId, Model model) {
        model.addAttribute("publiekId", publiekId);
        model.addAttribute("voornaam", h.dossier().leerling().voornaam());
        model.addAttribute("documenten", documenten.vanAccount(h.dossierNummer(), h.koppeling().accountId()));
        model.addAttribute("maxMb", documenten.maxBytes() / (1024 * 1024));
        model.addAttribute("terug", "/gezin/kind/" + publiekId + "/documenten");
        return "gezin/documenten";
    }
}
