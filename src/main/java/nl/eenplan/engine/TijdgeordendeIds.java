package nl.eenplan.engine;

import com.fasterxml.uuid.EthernetAddress;
import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedReorderedGenerator;
import org.camunda.bpm.engine.impl.cfg.IdGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The engine's row ids as time-ordered UUIDs (version 6, RFC 9562: Camunda's version 1 UUID with the time's high bits
 * first), instead of Camunda's {@code StrongUuidGenerator}. The same parts make each id unique: the time in 100 ns
 * steps, never twice in one JVM (JUG's timer, which Camunda's generator shares), the clock sequence and the node's
 * network address.
 * <p>
 * Why: a version 1 id's text begins with the time's lowest 32 bits, which run through their whole range every 7
 * minutes and start again. In a database with history a new id therefore lands among the existing ones, and every
 * index on an engine id (each primary key, and the columns that refer to an execution, a process instance or a task)
 * splits its pages in the middle and leaves them half full. A time-ordered id lands at the index's right end, whose
 * pages PostgreSQL fills before it splits them. Measured (issue #25, docs/benchmark.md "Time-ordered engine ids"): the
 * engine's variable table, 60,000 rows after 180,000 older ones, 11% less log and 41% less index growth. In an
 * installation that upgrades, the new ids sort among the older ones until those are gone (as before, no worse). Ids
 * written before stay; old and new ids are both 36 characters and never equal (their version digit differs). The
 * starter uses this bean instead of its own ({@code camunda.bpm.id-generator} then has no effect);
 * {@code eenplan.engine.ids=camunda} or {@code eenplan.engine.standaardinstellingen=true} switches it off.
 */
@Component
@ConditionalOnProperty(name = "eenplan.engine.standaardinstellingen", havingValue = "false", matchIfMissing = true)
@ConditionalOnProperty(name = "eenplan.engine.ids", havingValue = "tijdgeordend", matchIfMissing = true)
final class TijdgeordendeIds implements IdGenerator {

    /** One per JVM, as Camunda's: the network interfaces are looked up once, not in every application context. */
    private static final TimeBasedReorderedGenerator GENERATOR =
            Generators.timeBasedReorderedGenerator(EthernetAddress.fromInterface());

    @Override
    public String getNextId() {
        return GENERATOR.generate().toString();
    }
}
