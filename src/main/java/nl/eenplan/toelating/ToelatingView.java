package nl.eenplan.toelating;

import java.time.LocalDate;

/**
 * An admission on the dossier: the application, the term and its extension, the investigation and the decision; after a
 * refusal the letter, the parents' objection or request for herziening and the board's decision on it; the
 * Geschillencommissie passend onderwijs (WPO art. 43: when the parents went, its oordeel, and what the board did with it),
 * with {@code beslistermijnGepauzeerd} while the board waits for that oordeel.
 */
public record ToelatingView(Long id, String dossierNummer, String schoolBrin, String bestuursnummer,
                            LocalDate aanmeldingOntvangenOp, LocalDate beslistermijn, LocalDate verlengdTot,
                            String verlengReden, LocalDate briefOudersOp, Boolean extraOndersteuning,
                            Boolean arrangementAangevraagd, LocalDate termijnVerstrekenOp,
                            LocalDate tijdelijkIngeschrevenOp, Toelating.Status status, LocalDate beslotenOp,
                            String plaatsEldersBrin, String weigerreden, String beeindigd,
                            LocalDate besluitbriefOp, String besluitbriefDoor,
                            nl.eenplan.termijn.Verzendwijze besluitbriefWijze, LocalDate bezwaartermijnTot,
                            Toelating.Rechtsmiddel rechtsmiddel, LocalDate bezwaarOntvangenOp,
                            LocalDate bezwaarBeslistermijn, Toelating.Bezwaaruitkomst bezwaarUitkomst,
                            LocalDate bezwaarBeslotenOp, LocalDate geschillencommissieOp,
                            LocalDate geschillencommissieOordeelOp, Toelating.Oordeel geschillencommissieOordeel,
                            String oordeelGevolg, boolean beslistermijnGepauzeerd) {

    static ToelatingView van(Toelating t) {
        return van(t, null);
    }

    /** With, for an admission whose instance was deleted by hand, how it ended ("beëindigd in Cockpit ..."). */
    static ToelatingView van(Toelating t, String beeindigd) {
        return new ToelatingView(t.getId(), t.getDossierNummer(), t.getSchoolBrin(), t.getBestuursnummer(),
                t.getAanmeldingOntvangenOp(), t.getBeslistermijn(), t.getVerlengdTot(), t.getVerlengReden(),
                t.getBriefOudersOp(), t.getExtraOndersteuning(), t.getArrangementAangevraagd(),
                t.getTermijnVerstrekenOp(), t.getTijdelijkIngeschrevenOp(), t.getStatus(), t.getBeslotenOp(),
                t.getPlaatsEldersBrin(), t.getWeigerreden(), beeindigd, t.getBesluitbriefOp(), t.getBesluitbriefDoor(),
                t.getBesluitbriefWijze(), t.getBezwaartermijnTot(), t.getRechtsmiddel(), t.getBezwaarOntvangenOp(),
                t.getBezwaarBeslistermijn(), t.getBezwaarUitkomst(), t.getBezwaarBeslotenOp(),
                t.getGeschillencommissieOp(), t.getGeschillencommissieOordeelOp(), t.getGeschillencommissieOordeel(),
                t.getOordeelGevolg(), t.getBezwaarOntvangenOp() != null && t.getBezwaarBeslotenOp() == null
                        && t.wachtOpOordeel());
    }
}
