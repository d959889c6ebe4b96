package nl.eenplan.termijn;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.eenplan.dossier.Regio;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The deadline service {@link Termijn} as models call it, on a decision table evaluated by the standalone DMN
 * engine instead of a process engine: one school per region, a fixed clock (no test depends on today).
 */
final class TermijnenZonderEngine {

    private final Termijn termijnen;

    TermijnenZonderEngine(DmnDecision tabel, Schoolkalender kalender) {
        Map<Map<String, Object>, Optional<Map<String, Object>>> antwoorden = new ConcurrentHashMap<>();
        // Beslistabel remembers rows per deployed version; here per table, which is the same for a test.
        Beslistabel beslistabel = new Beslistabel(null, null) {
            @Override
            public Optional<Map<String, Object>> rij(String sleutel, Map<String, Object> invoer) {
                return antwoorden.computeIfAbsent(new HashMap<>(invoer), i -> Optional.ofNullable(
                                Tabellen.ONTHOUDEND.evaluateDecision(tabel, i).getFirstResult())
                        .map(rij -> Collections.unmodifiableMap(new HashMap<>(rij))));
            }
        };
        Map<String, EigenKalender> perSchool = new HashMap<>();
        for (Regio regio : Regio.values()) {
            // A school with the region's calendar only: the properties hold for every school of the region.
            perSchool.put(brin(regio), new EigenKalender(brin(regio), regio, java.util.List.of()));
        }
        // Asked once for every deadline of the sweep: a plain override costs far less than a mock's bookkeeping.
        SchoolkalenderService scholen = new SchoolkalenderService(null, null, kalender, null, null, null, null) {
            @Override
            public EigenKalender kalender(String brin) {
                return perSchool.get(brin); // null for another school, as the mock this replaces answered
            }
        };
        Clock klok = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        termijnen = new Termijn(kalender, beslistabel, scholen, klok);
    }

    /** A process of a pupil of this onderwijssoort (null: unknown) at a school in this region. */
    static VariableScope proces(String onderwijssoort, Regio regio) {
        Map<String, Object> variabelen = new HashMap<>();
        variabelen.put("onderwijssoort", onderwijssoort);
        variabelen.put("schoolBrin", brin(regio));
        // Only getVariable is asked; a proxy costs far less than a mock in a sweep over two school years.
        return (VariableScope) Proxy.newProxyInstance(VariableScope.class.getClassLoader(),
                new Class<?>[] {VariableScope.class}, (zelf, methode, argumenten) -> switch (methode.getName()) {
                    case "getVariable" -> variabelen.get((String) argumenten[0]);
                    case "toString" -> "proces " + variabelen;
                    case "hashCode" -> System.identityHashCode(zelf);
                    case "equals" -> zelf == argumenten[0];
                    default -> throw new UnsupportedOperationException(methode.getName());
                });
    }

    TermijnRegel regel(VariableScope proces, String stap, String procesNaam) {
        return termijnen.regel(proces, procesNaam, stap);
    }

    /** The day of the deadline of a step counted from a day, as {@code termijn.deadlineVanaf} gives it. */
    LocalDate deadline(VariableScope proces, String procesNaam, String stap, LocalDate vanaf) {
        return Termijn.dag(termijnen.deadlineVanaf(proces, procesNaam, stap, begin(vanaf)));
    }

    /** The objection term's last day for a letter sent that day, at a school in this region. */
    LocalDate bezwaartermijnLaatsteDag(Regio regio, LocalDate verzonden) {
        return termijnen.bezwaartermijnLaatsteDag(brin(regio), "PO", verzonden);
    }

    /** The day the reminder goes, as {@code termijn.herinneringVanaf} gives it. */
    LocalDate herinnering(VariableScope proces, String procesNaam, String stap, LocalDate vanaf) {
        return Termijn.dag(termijnen.herinneringVanaf(proces, procesNaam, stap, begin(vanaf)));
    }

    /** 10:00 on the day, Dutch time: a task created during the day. */
    private static Date begin(LocalDate dag) {
        return Date.from(dag.atTime(10, 0).atZone(Termijn.NL).toInstant());
    }

    private static String brin(Regio regio) {
        return "BRIN" + regio.name();
    }
}
