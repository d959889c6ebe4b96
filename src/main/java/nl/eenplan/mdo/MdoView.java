package nl.eenplan.mdo;

import java.time.Instant;
import java.util.List;
import nl.eenplan.dossier.DossierView;

/**
 * An MDO on the dossier: when, where, who, the report (and its summary for the family), the agreements made in it, the
 * decision, the family's answers to the date, and how often the school moved the date ({@code keerVerzet}).
 */
public record MdoView(Long id, String dossierNummer, int cyclus, Instant datum, Integer duurMinuten, String locatie,
                      List<DeelnemerView> deelnemers, String verslag, String verslagVoorGezin, Boolean oudersAanwezig,
                      Boolean leerlingAanwezig, List<DossierView.AfspraakView> afspraken, Uitkomst uitkomst,
                      String uitnodiging, List<ReactieView> reactiesVanGezin, int keerVerzet) {

    /** {@code grondslag}: for a participant from outside the school, the basis on which they were invited. */
    public record DeelnemerView(Rol rol, String naam, String gebruiker, String groep, Instant uitgenodigdOp,
                                Boolean aanwezig, String grondslag) {
    }

    /**
     * A family member's answer to the date: OUDERS (with the guardian's id) or LEERLING; {@code akkoord} the date suits,
     * else the moments proposed. {@code overDatum}: the date it answers; an answer to a date the MDO was moved from
     * ({@code overEerdereDatum}) stays, and the new date is open again.
     */
    public record ReactieView(Rol rol, Long ouderId, boolean akkoord, List<Instant> voorstellen, Instant gegevenOp,
                              Instant overDatum, boolean overEerdereDatum) {

        static ReactieView van(MdoReactie r, Instant datum) {
            return new ReactieView(r.getRol(), r.getOuderId(), r.isAkkoord(), r.getVoorstellen(), r.getGegevenOp(),
                    r.getOverDatum(), !r.getOverDatum().equals(datum));
        }
    }

    static MdoView van(Mdo m, List<DossierView.AfspraakView> afspraken) {
        return new MdoView(m.getId(), m.getDossierNummer(), m.getCyclus(), m.getDatum(), m.getDuurMinuten(),
                m.getLocatie(), m.getDeelnemers().stream().map(d -> new DeelnemerView(d.getRol(), d.getNaam(),
                        d.getGebruiker(), d.getGroep(), d.getUitgenodigdOp(), d.getAanwezig(), d.getGrondslag())).toList(),
                m.getVerslag(), m.getVerslagVoorGezin(), m.getOudersAanwezig(), m.getLeerlingAanwezig(), afspraken,
                m.getUitkomst(), "/api/dossiers/" + m.getDossierNummer() + "/mdo/" + m.getId() + "/uitnodiging.ics",
                m.getReacties().stream().map(r -> ReactieView.van(r, m.getDatum())).toList(), m.getVolgnummer());
    }
}
