package nl.eenplan.monitor;

import java.time.LocalDate;
import java.util.List;
import nl.eenplan.web.OngeldigeInvoerException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Outcomes and throughput for the regional consultation: aggregates only, small cells suppressed. */
@RestController
@PreAuthorize("hasAnyAuthority('procesbeheer', 'swv', 'gemeente')")
class MonitorController {

    private final MonitorService monitor;

    MonitorController(MonitorService monitor) {
        this.monitor = monitor;
    }

    @GetMapping("/api/monitor")
    List<Indicator> indicatoren(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate van,
                                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tot,
                                @RequestParam(defaultValue = "TOTAAL") Indeling per) {
        controleer(van, tot);
        return monitor.indicatoren(van, tot, per);
    }

    @GetMapping(value = "/api/monitor.csv", produces = "text/csv")
    ResponseEntity<String> csv(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate van,
                               @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate tot,
                               @RequestParam(defaultValue = "TOTAAL") Indeling per) {
        controleer(van, tot);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"monitor.csv\"")
                .body(monitor.csv(van, tot, per));
    }

    private static void controleer(LocalDate van, LocalDate tot) {
        if (tot.isBefore(van)) {
            throw new OngeldigeInvoerException("tot", "De periode eindigt vóór zij begint.");
        }
    }
}
