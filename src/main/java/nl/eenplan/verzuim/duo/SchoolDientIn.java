package nl.eenplan.verzuim.duo;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The default channel: EenPlan has no connection with DUO; the school submits the report in DUO's verzuimloket itself
 * and enters DUO's kenmerk and the date in task "DUO-kenmerk vastleggen". So nothing is confirmed here.
 */
@Component
@ConditionalOnProperty(name = "eenplan.duo.verzuimregister", havingValue = "school", matchIfMissing = true)
class SchoolDientIn implements DuoVerzuimregister {

    @Override
    public Indiening dienIn(Melding melding) {
        return Indiening.nietBevestigd();
    }
}
