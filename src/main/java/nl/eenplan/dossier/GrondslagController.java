package nl.eenplan.dossier;

import java.util.Arrays;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The basis table, read-only: for process owners (who may not change it: it is law, not configuration) and every
 * professional who wants to know why data may flow. No pupil data.
 */
@RestController
@PreAuthorize("isAuthenticated()")
class GrondslagController {

    /** One row: a flow, what goes, and its basis (for consent: the scope and whose consent at what age). */
    record Rij(Gegevensstroom stroom, String van, String naar, String wat, Gegevensstroom.Grondslag.Soort soort,
               String grondslag, String bron, Toestemming.Scope toestemmingVoor, String wieBeslist) {
    }

    @GetMapping("/api/grondslagen")
    List<Rij> tabel() {
        return Arrays.stream(Gegevensstroom.values()).map(s -> {
            Gegevensstroom.Grondslag g = s.grondslag();
            return new Rij(s, s.van(), s.naar(), s.wat(), g.soort(), g.soort().omschrijving(), g.bron(), g.scope(),
                    g.scope() == null ? null : wieBeslist(g.scope().leeftijdsregel()));
        }).toList();
    }

    private static String wieBeslist(Leeftijdsregel regel) {
        return "onder 12: " + Leeftijdsregel.omschrijving(regel.wie(11)) + "; 12 tot 16: "
                + Leeftijdsregel.omschrijving(regel.wie(12)) + "; vanaf 16: " + Leeftijdsregel.omschrijving(regel.wie(16));
    }
}
