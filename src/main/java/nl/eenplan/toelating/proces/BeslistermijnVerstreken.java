package nl.eenplan.toelating.proces;

import static nl.eenplan.toelating.proces.ToelatingVariabelen.BESLISTERMIJN;
import static nl.eenplan.toelating.proces.ToelatingVariabelen.PROCES;
import static nl.eenplan.toelating.proces.ToelatingVariabelen.TIJDELIJK_INSCHRIJVEN_OP;
import static nl.eenplan.toelating.proces.ToelatingVariabelen.VERLENGD;
import static nl.eenplan.toelating.proces.ToelatingVariabelen.VERLENGD_TOT;
import static nl.eenplan.toelating.proces.ToelatingVariabelen.ZORGPLICHT_VERLENGING;
import static nl.eenplan.toelating.proces.ToelatingVariabelen.instantie;

import java.util.Date;
import nl.eenplan.modelcontrole.VoorModellen;
import nl.eenplan.termijn.Termijn;
import nl.eenplan.toelating.ToelatingService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@code ${beslistermijnVerstreken}}, step "Beslistermijn verstreken" (the 6 weeks ended without a decision): when the
 * pupil is enrolled temporarily at the school applied to. Extended: at the end of the extension (10 weeks). Not
 * extended: the law gives the board 6 weeks, or 10 only with a letter to the parents; the reading that protects the
 * pupil enrols now ({@code eenplan.toelating.tijdelijk-inschrijven: na-beslistermijn}, the default). An installation
 * whose region reads the law as "10 weeks in any case" sets {@code na-tien-weken}: then 4 weeks after the 6, as if
 * extended (docs/processen/toelating.md).
 */
@Component("beslistermijnVerstreken")
@VoorModellen
public class BeslistermijnVerstreken implements JavaDelegate {

    private final ToelatingService toelatingen;
    private final Termijn termijn;
    private final boolean naTienWeken;

    BeslistermijnVerstreken(ToelatingService toelatingen, Termijn termijn,
                            @Value("${eenplan.toelating.tijdelijk-inschrijven:na-beslistermijn}") String wanneer) {
        this.toelatingen = toelatingen;
        this.termijn = termijn;
        if (!wanneer.equals("na-beslistermijn") && !wanneer.equals("na-tien-weken")) {
            throw new IllegalStateException("eenplan.toelating.tijdelijk-inschrijven is na-beslistermijn of "
                    + "na-tien-weken, niet " + wanneer + ".");
        }
        this.naTienWeken = wanneer.equals("na-tien-weken");
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean verlengd = Boolean.TRUE.equals(VERLENGD.van(execution));
        Date op;
        if (verlengd) {
            op = VERLENGD_TOT.verplicht(execution);
        } else if (naTienWeken) {
            op = termijn.deadlineVanaf(execution, PROCES, ZORGPLICHT_VERLENGING, BESLISTERMIJN.verplicht(execution));
        } else {
            op = BESLISTERMIJN.verplicht(execution);
        }
        TIJDELIJK_INSCHRIJVEN_OP.zet(execution, op);
        toelatingen.termijnVerstreken(instantie(execution), verlengd);
    }
}
