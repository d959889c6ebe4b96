package nl.eenplan.monitor;

import java.util.ArrayList;
import java.util.List;
import nl.eenplan.web.OngeldigeInvoerException;
import nl.eenplan.web.Veldfout;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/** Outcomes and throughput for the regional consultation: aggregates only, small cells suppressed. */
@RestController
@PreAuthorize("hasAnyAuthority('procesbeheer', 'swv', 'gemeente')")
class MonitorController {

    private final MonitorService monitor;

    MonitorController(MonitorService monitor) {
        this.monitor = monitor;
    }

    /**
     * {@code periode}: a month (2026-11) or a school year (2026-2027); without it the last complete school year. The
     * dashboard ({@code /monitor}) reads the same under its own path, and links its CSV download there too: people
     * are never sent to the API.
     */
    @GetMapping({"/api/monitor", "/monitor/cijfers"})
    List<Indicator> indicatoren(@RequestParam(required = false) String periode,
                                @RequestParam(defaultValue = "TOTAAL") Indeling per, WebRequest verzoek) {
        return monitor.indicatoren(periode(periode, verzoek), per);
    }

    @GetMapping(value = {"/api/monitor.csv", "/monitor/cijfers.csv"}, produces = "text/csv")
    ResponseEntity<String> csv(@RequestParam(required = false) String periode,
                               @RequestParam(defaultValue = "TOTAAL") Indeling per, WebRequest verzoek) {
        Periode p = periode(periode, verzoek);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"monitor-" + p.code() + ".csv\"")
                .body(monitor.csv(p, per));
    }

    /**
     * The period asked for. The free dates of before ({@code van}, {@code tot}) are refused rather than ignored:
     * an old link must not quietly show another period.
     */
    private Periode periode(String periode, WebRequest verzoek) {
        List<Veldfout> fouten = new ArrayList<>();
        for (String vrij : List.of("van", "tot")) {
            if (verzoek.getParameter(vrij) != null) {
                fouten.add(new Veldfout(vrij, "Vrije data kunnen niet; gebruik 'periode'. " + Periode.UITLEG));
            }
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        return periode == null ? monitor.standaardPeriode() : Periode.lees(periode);
    }
}
