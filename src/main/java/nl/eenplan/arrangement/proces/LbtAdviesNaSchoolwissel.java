package nl.eenplan.arrangement.proces;

import java.util.Map;
import nl.eenplan.arrangement.Besluitbezwaarservice;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import org.springframework.stereotype.Component;

/**
 * User task {@code lbtAdviesNaSchoolwissel} of process besluitbezwaar: the LBT's advice on an objection against a TLV
 * refusal that the SWV handles after the pupil changed school; the same form and checks as task lbtAdvies.
 */
@Component
public class LbtAdviesNaSchoolwissel extends Gebruikerstaak<LbtAdvies.Invoer> {

    private final Besluitbezwaarservice bezwaren;

    LbtAdviesNaSchoolwissel(Besluitbezwaarservice bezwaren) {
        super(Besluitbezwaarproces.PROCES, "lbtAdviesNaSchoolwissel", LbtAdvies.Invoer.class);
        this.bezwaren = bezwaren;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, LbtAdvies.Invoer invoer, String gebruiker) {
        bezwaren.lbtAdvies(besluitbezwaar(taak), invoer.adviesOp(), invoer.advies());
        return Map.of();
    }

    /** The objection the task is about (process variable besluitbezwaarId). */
    static Long besluitbezwaar(Taakcontext taak) {
        return ((Number) taak.variabele(Besluitbezwaarproces.BESLUITBEZWAAR_ID.naam())).longValue();
    }
}
