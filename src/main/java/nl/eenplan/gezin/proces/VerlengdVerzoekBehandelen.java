package nl.eenplan.gezin.proces;

import static nl.eenplan.gezin.proces.AvgVerzoekVariabelen.VERLENGD_VERZOEK_BEHANDELEN;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.eenplan.gezin.AvgVerzoeken;
import nl.eenplan.taak.Taakcontext;
import nl.eenplan.web.Veldfout;
import org.springframework.stereotype.Component;

/**
 * User task {@code verlengdVerzoekBehandelen} ("AVG-verzoek behandelen (verlengd)"): the answer within the extended term
 * (its due date is the extension's date, termijnen.dmn). The same input and checks as {@link VerzoekBehandelen}, but
 * it cannot extend again: AVG art. 12 lid 3 allows two further months once.
 */
@Component
public class VerlengdVerzoekBehandelen extends VerzoekBehandelen {

    VerlengdVerzoekBehandelen(AvgVerzoeken verzoeken, Clock clock) {
        super(VERLENGD_VERZOEK_BEHANDELEN, verzoeken, clock);
    }

    @Override
    List<Veldfout> controleer(Invoer invoer, AvgVerzoeken.Verzoek verzoek, Taakcontext taak, LocalDate vandaag) {
        if (invoer.uitkomst() == Uitkomst.VERLENGD) {
            List<Veldfout> fouten = new ArrayList<>();
            fouten.add(new Veldfout("uitkomst", "De termijn is al verlengd; verder verlengen kan niet (AVG art. 12 lid 3). "
                    + "Kies toegekend of afgewezen."));
            return fouten;
        }
        return super.controleer(invoer, verzoek, taak, vandaag);
    }
}
