package nl.eenplan.mdo;

import java.time.Instant;
import java.util.List;
import nl.eenplan.dossier.DossierView;

/** An MDO on the dossier: when, where, who, the report, the agreements made in it, the decision. */
public record MdoView(Long id, String dossierNummer, int cyclus, Instant datum, Integer duurMinuten, String locatie,
                      List<DeelnemerView> deelnemers, String verslag, Boolean oudersAanwezig,
                      Boolean leerlingAanwezig, List<DossierView.AfspraakView> afspraken, Uitkomst uitkomst,
                      String uitnodiging) {

    /** {@code grondslag}: for a participant from outside the school, the basis on which they were invited. */
    public record DeelnemerView(Rol rol, String naam, String gebruiker, String groep, Instant uitgenodigdOp,
                                Boolean aanwezig, String grondslag) {
    }

    static MdoView van(Mdo m, List<DossierView.AfspraakView> afspraken) {
        return new MdoView(m.getId(), m.getDossierNummer(), m.getCyclus(), m.getDatum(), m.getDuurMinuten(),
                m.getLocatie(), m.getDeelnemers().stream().map(d -> new DeelnemerView(d.getRol(), d.getNaam(),
                        d.getGebruiker(), d.getGroep(), d.getUitgenodigdOp(), d.getAanwezig(), d.getGrondslag())).toList(),
                m.getVerslag(), m.getOudersAanwezig(), m.getLeerlingAanwezig(), afspraken, m.getUitkomst(),
                "/api/dossiers/" + m.getDossierNummer() + "/mdo/" + m.getId() + "/uitnodiging.ics");
    }
}
