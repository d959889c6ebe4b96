package nl.eenplan.engine;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the clock starts. With {@code eenplan.klok.start} (an ISO moment with offset, e.g.
 * {@code 2026-11-28T00:30:00+01:00}) the engine's clock, and with it {@link Klok}, starts at that moment
 * and runs on from there like a real clock; without it, both are the system's clock. Tests set it (pom.xml),
 * so no test depends on the real date or hour. Created before the engine and before the {@code Clock} bean,
 * so both see the same time from the first moment.
 */
@Component
public class KlokInstelling {

    /**
     * The engine's clock is one per JVM. The distance to the real clock is fixed once per start moment, so
     * the clock never runs backwards when a second application context starts in the same JVM (tests, a
     * restart test) or when a test puts it back after moving it.
     */
    private static Instant vastgezetOp;
    private static long verschil;

    private final Instant start;

    KlokInstelling(@Value("${eenplan.klok.start:}") String start) {
        this.start = start.isBlank() ? null : lees(start);
        synchronized (KlokInstelling.class) {
            if (this.start != null && !this.start.equals(vastgezetOp)) {
                vastgezetOp = this.start;
                verschil = this.start.toEpochMilli() - System.currentTimeMillis();
            }
        }
        zetOpStart();
    }

    /**
     * Back to the running clock after a test moved or froze the engine's clock: the configured start plus the
     * time that has really passed since, or the system clock without a configured start.
     */
    public final void zetOpStart() {
        if (start == null) {
            ClockUtil.reset();
        } else {
            ClockUtil.offset(verschil);
        }
    }

    private static Instant lees(String start) {
        try {
            return OffsetDateTime.parse(start).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("eenplan.klok.start moet een moment met tijdzone zijn, zoals "
                    + "2026-11-28T00:30:00+01:00; gekregen: " + start, e);
        }
    }
}
