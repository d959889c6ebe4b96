package nl.eenplan.verzuim.duo;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import nl.eenplan.engine.Klok;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A test adapter that plays DUO's verzuimregister ({@code eenplan.duo.verzuimregister=proef}): confirms every report
 * with a kenmerk like {@code PROEF-000123} and today's date, and keeps what was submitted so tests can inspect it. A
 * submission with an idempotency key it confirmed before gets that first answer again and is not kept twice, as DUO
 * must treat a retried submission ({@link DuoVerzuimregister#dienIn}). It can
 * be told to answer "not confirmed" (as the default channel does) or to fail (DUO not reachable). Never for production.
 */
@Component
@ConditionalOnProperty(name = "eenplan.duo.verzuimregister", havingValue = "proef")
public class ProefVerzuimregister implements DuoVerzuimregister {

    /** How the played DUO answers. */
    public enum Antwoord {
        BEVESTIGEN, NIET_BEVESTIGEN, STORING,
        /** DUO registers the report, but its answer never arrives (a time-out): EenPlan's step fails and is retried. */
        ONTVANGEN_ZONDER_ANTWOORD
    }

    private final Clock clock;
    private final AtomicInteger volgnummer = new AtomicInteger();
    private final List<Melding> ingediend = new CopyOnWriteArrayList<>();
    /** Every attempt that reached the played DUO, retries too, so tests can see the key each one carried. */
    private final List<Melding> pogingen = new CopyOnWriteArrayList<>();
    /** The first answer per idempotency key: a retried submission gets it again and is not a second report. */
    private final Map<String, Indiening> antwoorden = new ConcurrentHashMap<>();
    private volatile Antwoord antwoord = Antwoord.BEVESTIGEN;

    ProefVerzuimregister(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Indiening dienIn(Melding melding) {
        if (antwoord != Antwoord.STORING) {
            pogingen.add(melding);
        }
        Indiening eerder = antwoorden.get(melding.idempotentiesleutel());
        if (eerder != null) {
            return eerder;
        }
        switch (antwoord) {
            case STORING -> throw new IllegalStateException("Het verzuimregister van DUO is niet bereikbaar (proef).");
            case NIET_BEVESTIGEN -> {
                return Indiening.nietBevestigd();
            }
            case ONTVANGEN_ZONDER_ANTWOORD -> {
                bevestig(melding);
                throw new IllegalStateException("Het verzuimregister van DUO gaf geen antwoord (proef: time-out).");
            }
            default -> {
                return bevestig(melding);
            }
        }
    }

    /** Registers the report once per key, also when two attempts arrive at the same moment. */
    private Indiening bevestig(Melding melding) {
        return antwoorden.computeIfAbsent(melding.idempotentiesleutel(), sleutel -> {
            ingediend.add(melding);
            return new Indiening(true, String.format("PROEF-%06d", volgnummer.incrementAndGet()), Klok.vandaag(clock));
        });
    }

    /** From now on answer so; {@link #herstel()} goes back to confirming. */
    public void antwoord(Antwoord antwoord) {
        this.antwoord = antwoord;
    }

    public void herstel() {
        this.antwoord = Antwoord.BEVESTIGEN;
    }

    /** Every submission that reached the played DUO (not the ones it was unreachable for), retries too, oldest first. */
    public List<Melding> pogingen() {
        return List.copyOf(pogingen);
    }

    /** The reports the played DUO confirmed, oldest first. */
    public List<Melding> ingediend() {
        return List.copyOf(ingediend);
    }
}
