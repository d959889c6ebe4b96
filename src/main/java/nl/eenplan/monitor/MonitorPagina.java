package nl.eenplan.monitor;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The monitor dashboard for process owners, SWV and gemeente: charts (Chart.js) and a table per
 * indicator, with filters; the page reads /api/monitor with the same login.
 */
@Controller
class MonitorPagina {

    private static final Resource PAGINA = new ClassPathResource("monitor/dashboard.html");

    @GetMapping("/monitor")
    @PreAuthorize("hasAnyAuthority('procesbeheer', 'swv', 'gemeente')")
    ResponseEntity<Resource> dashboard() {
        return ResponseEntity.ok().contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
                .body(PAGINA);
    }
}
