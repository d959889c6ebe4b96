package nl.eenplan.organisatie;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The gemeenten of this installation by CBS code: everyone signed in may read them, administrators register them. */
@RestController
@RequestMapping("/api/gemeenten")
class GemeenteController {

    private final Gemeenten gemeenten;

    GemeenteController(Gemeenten gemeenten) {
        this.gemeenten = gemeenten;
    }

    @GetMapping
    List<GemeenteView> lijst() {
        return gemeenten.lijst();
    }

    @GetMapping("/{code}")
    GemeenteView haalOp(@PathVariable String code) {
        return gemeenten.haalOp(code);
    }

    /** Registers (or renames) the gemeente with this CBS code; schools known by its name only take the code over. */
    @PutMapping("/{code}")
    @PreAuthorize("hasAuthority('admin')")
    GemeenteView registreer(@PathVariable String code, @Valid @RequestBody NieuweGemeente gemeente) {
        return gemeenten.registreer(code, gemeente.naam());
    }
}
