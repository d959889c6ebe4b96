package nl.eenplan.verzuim;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One registered day of absence. */
public record VerzuimdagView(LocalDate datum, BigDecimal uren, Verzuimsoort soort, boolean alleLessenGemist) {

    static VerzuimdagView van(Verzuimdag d) {
        return new VerzuimdagView(d.getDatum(), d.getUren(), d.getSoort(), d.isAlleLessenGemist());
    }
}
