package nl.eenplan.meldcode.proces;

import static nl.eenplan.meldcode.proces.MeldcodeVariabelen.EVALUATIE_DATUM;

import java.time.Clock;
import java.util.Date;
import nl.eenplan.modelcontrole.VoorModellen;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * {@code ${evaluatiemoment.datum(execution, standaard)}}, timer "Evaluatiemoment" of process meldcode: the evaluation
 * date the aandachtsfunctionaris chose for the help, or else the default term from termijnen.dmn (step
 * hulpEvaluatiemoment, 6 weeks unless the process owner changes it).
 */
@Component("evaluatiemoment")
@VoorModellen
public class Evaluatiemoment {

    private final Clock clock;

    Evaluatiemoment(Clock clock) {
        this.clock = clock;
    }

    /** The chosen date when there is one still to come, else {@code standaard}. */
    public Date datum(VariableScope execution, Date standaard) {
        Date gekozen = EVALUATIE_DATUM.van(execution);
        return gekozen != null && gekozen.toInstant().isAfter(clock.instant()) ? gekozen : standaard;
    }
}
