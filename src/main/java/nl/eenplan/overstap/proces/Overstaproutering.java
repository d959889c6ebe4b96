package nl.eenplan.overstap.proces;

import java.util.Set;
import nl.eenplan.engine.Historie;
import nl.eenplan.engine.Variabele;
import org.springframework.stereotype.Component;

/**
 * The overstap's kind and school year only pick its calendar's dates and repeat what the overstap in the dossier keeps
 * (table overstap): the engine keeps no history of them, as of the routing facts (nl.eenplan.engine.Historie).
 */
@Component
class Overstaproutering implements Historie.Routeringsvariabelen {

    @Override
    public Set<Variabele<?>> variabelen() {
        return Set.of(OverstapVariabelen.OVERSTAPSOORT, OverstapVariabelen.SCHOOLJAAR);
    }
}
