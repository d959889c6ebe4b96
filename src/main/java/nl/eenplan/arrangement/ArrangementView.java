package nl.eenplan.arrangement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An arrangement on the dossier: request, zorgplicht, decisions, the running arrangement, scores and survey. */
public record ArrangementView(Long id, String dossierNummer, Arrangement.Status status, Onderwijsdeel onderwijsdeel,
                              String onderwijs, String zorg, String perspectief, List<String> oppDoelen,
                              LocalDate aanmeldingOntvangenOp, LocalDate zorgplichtTot, LocalDate verlengdTot,
                              String verlengReden, String advies1Door, String advies2Door, Besluit onderwijsBesluit,
                              String onderwijsToelichting, Besluit zorgBesluit, String zorgToelichting,
                              LocalDate startdatum, List<Long> doelen, List<Score> scores, Integer tevredenheidOuders,
                              Integer tevredenheidLeerling, Integer ervarenBaatOuders, Integer ervarenBaatLeerling,
                              Instant afgeslotenOp) {

    public record Score(Long doel, DoelScore.Score score, DoelScore.Vervolg vervolg, Instant op) {
    }

    static ArrangementView van(Arrangement a, List<DoelScore> scores) {
        return new ArrangementView(a.getId(), a.getDossierNummer(), a.getStatus(), a.getOnderwijsSoort(),
                a.getOnderwijsOmschrijving(), a.getZorgOmschrijving(), a.getPerspectief(), a.getOppDoelen(),
                a.getRegistratieOntvangenOp(), a.getZorgplichtTot(), a.getVerlengdTot(), a.getVerlengReden(),
                a.getAdvies1Door(), a.getAdvies2Door(), a.getOnderwijsBesluit(), a.getOnderwijsToelichting(),
                a.getZorgBesluit(), a.getZorgToelichting(), a.getStartdatum(), a.getDoelIds(),
                scores.stream().map(s -> new Score(s.getDoelId(), s.getScore(), s.getVervolg(), s.getGeevalueerdOp()))
                        .toList(),
                a.getTevredenheidOuders(), a.getTevredenheidLeerling(), a.getErvarenBaatOuders(),
                a.getErvarenBaatLeerling(), a.getAfgeslotenOp());
    }

    /** What the SWV sees: the request and the OPP, never the care (jeugdhulp) part. */
    ArrangementView zonderZorgdeel() {
        return new ArrangementView(id, dossierNummer, status, onderwijsdeel, onderwijs, null, perspectief, oppDoelen,
                aanmeldingOntvangenOp, zorgplichtTot, verlengdTot, null, advies1Door, advies2Door, onderwijsBesluit,
                onderwijsToelichting, null, null, startdatum, null, null, null, null, null, null, null);
    }

    /** What the gemeente sees: the care part and the perspective, not the education part's expert opinions. */
    ArrangementView alleenZorgdeel() {
        return new ArrangementView(id, dossierNummer, status, null, null, zorg, perspectief, oppDoelen,
                aanmeldingOntvangenOp, zorgplichtTot, verlengdTot, null, null, null, null, null, zorgBesluit,
                zorgToelichting, startdatum, null, null, null, null, null, null, null);
    }
}
