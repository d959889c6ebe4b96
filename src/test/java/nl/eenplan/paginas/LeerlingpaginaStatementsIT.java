package nl.eenplan.paginas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Statementteller;
import nl.eenplan.Zorgroutes;
import nl.eenplan.termijn.Schoolkalender;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * What one pupil page sends to the database (issue #25: the pages scenario counted 76 statements and 11 commits per
 * request, not analysed): counted with the statement counter on the request threads, for a pupil with an MDO, a plan
 * and an agreement, as the zorgcoördinator opens it. Counts, not time: the machine is shared. Prints each statement
 * that repeats, to find the next cut.
 */
@Import(Statementteller.class)
class LeerlingpaginaStatementsIT extends IntegratieTest {

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    Schoolkalender kalender;

    @Test
    void eenLeerlingpaginaTeltZijnStatementsEnCommits() {
        Zorgroutes routes = new Zorgroutes(this::http, runtimeService, managementService, kalender, vandaag());
        String nummer = routes.mdoMetAfspraakVoorJeugdhulp("Verslag: het gaat beter.", "Sam leest elke dag",
                "Leesplan maken");
        Http zorgcoordinator = http().als("zorgcoordinator").metKop("Accept", "text/html");
        assertThat(zorgcoordinator.get("/leerlingen/" + nummer).status()).isEqualTo(200); // warm: caches, sign-in

        Statementteller.opnieuw("http-nio");
        Http.Antwoord pagina = zorgcoordinator.get("/leerlingen/" + nummer);
        Statementteller.Telling telling = Statementteller.telling();
        long commits = Statementteller.commits();
        assertThat(pagina.status()).isEqualTo(200);
        assertThat(pagina.body()).contains("Sam leest elke dag", "Leesplan maken");

        Map<String, Long> herhaald = Statementteller.sql().stream()
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        herhaald.values().removeIf(n -> n < 2);
        System.out.printf("Leerlingpagina: %d statements, %d rondreizen, %d commits; herhaald:%n", telling.statements(),
                telling.rondreizen(), commits);
        herhaald.forEach((sql, n) -> System.out.printf("  %dx %s%n", n, sql));
        // Counted at all (the request thread's name still matches), and no more than measured.
        assertThat(telling.statements()).as("statements").isPositive().isLessThanOrEqualTo(STATEMENTS);
        assertThat(commits).as("commits").isPositive().isLessThanOrEqualTo(COMMITS);
        // The dossier with its pupil and school: once for the path's check (DossierToegang), once in the page's one
        // transaction, which every section shares (it was read six times, once per service).
        assertThat(Statementteller.sql().stream().filter(q -> q.matches("(?s)select d1_0\\.id,.*from dossier d1_0.*"
                + "join leerling l1_0.*")).count()).as("het dossier met leerling en school gelezen").isBetween(1L, 2L);
    }

    /**
     * The bounds as measured for this pupil (issue #25, 2026-12-02): 59 statements before the sections took their
     * tasks from the list the page read once; 53 and 16 commits before the page read in one transaction (LeerlingPagina),
     * the OPP and the school's TLVs in it too, DossierToegang's two checks in one, and the page's group check without a
     * transaction: 45 statements, 10 commits. Lower them with each cut. Still there: the sign-in of this test's password
     * requests (user, groups, schools: 3 statements, 5 commits), the page heading's notifications (1 commit), the
     * audit entry (1), the running processes' history read per process (Procesverloop).
     */
    static final long STATEMENTS = 45;
    static final long COMMITS = 10;
}
