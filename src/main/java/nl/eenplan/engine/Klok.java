package nl.eenplan.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * EenPlan's one clock, the Spring {@link Clock} bean: it reads the engine's clock, so timers, due dates,
 * the dossier's records and the audit log always agree, also when a test moves the engine's clock. Its zone
 * is Europe/Amsterdam: "today" is the Dutch date, also on a server whose JVM runs in UTC.
 */
public final class Klok extends Clock {

    public static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    private final ZoneId zone;

    Klok() {
        this(NL);
    }

    private Klok(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public Instant instant() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new Klok(zone);
    }

    /** The Dutch date of {@code clock}'s now. */
    public static LocalDate vandaag(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), NL);
    }
}
