package nl.eenplan.arrangement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import nl.eenplan.termijn.Verzendwijze;
import nl.eenplan.tlv.Discipline;

/**
 * An arrangement on the dossier: request, zorgplicht, decisions, the running arrangement, scores and survey; the
 * groeidocument version the request attached, the deskundigen who advised on the education part, and per part the
 * decision letter to the parents and the objection against it.
 */
public record ArrangementView(Long id, String dossierNummer, Arrangement.Status status, Onderwijsdeel onderwijsdeel,
                              String onderwijs, String zorg, String perspectief, List<String> oppDoelen,
                              LocalDate aanmeldingOntvangenOp, LocalDate zorgplichtTot, LocalDate verlengdTot,
                              String verlengReden, String advies1Door, String advies2Door, Besluit onderwijsBesluit,
                              String onderwijsToelichting, Besluit zorgBesluit, String zorgToelichting,
                              LocalDate startdatum, List<Long> doelen, List<Score> scores, Integer tevredenheidOuders,
                              Integer tevredenheidLeerling, Integer ervarenBaatOuders, Integer ervarenBaatLeerling,
                              Instant afgeslotenOp, Groeidocumentversie groeidocument, List<Deskundige> deskundigen,
                              Bezwaarstappen onderwijsBezwaar, Bezwaarstappen zorgBezwaar) {

    public record Score(Long doel, DoelScore.Score score, DoelScore.Vervolg vervolg, Instant op) {
    }

    /** The groeidocument version the request attached (GET /api/arrangementen/{id}/groeidocument): id and number. */
    public record Groeidocumentversie(Long id, Integer versie) {
    }

    /** A deskundige who advised on the education part (a TLV): name, discipline, organisation, date of the advice. */
    public record Deskundige(String naam, Discipline discipline, String organisatie, LocalDate datum) {
    }

    /**
     * One part's letter and objection: when the letter went to the parents, by whom and how; the last day of the
     * objection term it started (Awb art. 6:7, 6:8); the objection received with its explanation, the LBT's advice (TLV
     * only) and the outcome.
     */
    public record Bezwaarstappen(LocalDate briefOp, String briefDoor, Verzendwijze briefWijze,
                                 LocalDate bezwaartermijnTot, LocalDate bezwaarOntvangenOp, String bezwaarToelichting,
                                 LocalDate lbtAdviesOp,
                                 Arrangement.LbtAdvies lbtAdvies, Arrangement.Bezwaaruitkomst uitkomst) {

        static Bezwaarstappen van(Arrangement a, String deel) {
            boolean onderwijs = "ONDERWIJS".equals(deel);
            if (a.briefOp(deel) == null && a.bezwaarOntvangenOp(deel) == null) {
                return null;
            }
            return new Bezwaarstappen(a.briefOp(deel), a.briefDoor(deel), a.briefWijze(deel), a.bezwaartermijnTot(deel),
                    a.bezwaarOntvangenOp(deel), a.bezwaarToelichting(deel), onderwijs ? a.getLbtAdviesOp() : null,
                    onderwijs ? a.getLbtAdvies() : null, a.bezwaarUitkomst(deel));
        }
    }

    /** With the number of the attached groeidocument version ({@code groeidocumentVersie}; null: unknown). */
    static ArrangementView van(Arrangement a, List<DoelScore> scores, Integer groeidocumentVersie) {
        return new ArrangementView(a.getId(), a.getDossierNummer(), a.getStatus(), a.getOnderwijsSoort(),
                a.getOnderwijsOmschrijving(), a.getZorgOmschrijving(), a.getPerspectief(), a.getOppDoelen(),
                a.getRegistratieOntvangenOp(), a.getZorgplichtTot(), a.getVerlengdTot(), a.getVerlengReden(),
                a.getAdvies1Door(), a.getAdvies2Door(), a.getOnderwijsBesluit(), a.getOnderwijsToelichting(),
                a.getZorgBesluit(), a.getZorgToelichting(), a.getStartdatum(), a.getDoelIds(),
                scores.stream().map(s -> new Score(s.getDoelId(), s.getScore(), s.getVervolg(), s.getGeevalueerdOp()))
                        .toList(),
                a.getTevredenheidOuders(), a.getTevredenheidLeerling(), a.getErvarenBaatOuders(),
                a.getErvarenBaatLeerling(), a.getAfgeslotenOp(),
                a.getGroeidocumentVersieId() == null ? null
                        : new Groeidocumentversie(a.getGroeidocumentVersieId(), groeidocumentVersie),
                Stream.of(a.deskundige(1), a.deskundige(2)).filter(Objects::nonNull)
                        .map(d -> new Deskundige(d.naam(), d.discipline(), d.organisatie(), d.datum())).toList(),
                Bezwaarstappen.van(a, "ONDERWIJS"), Bezwaarstappen.van(a, "ZORG"));
    }

    /** What the SWV sees: the request, the OPP and the groeidocument it attached, never the care (jeugdhulp) part. */
    ArrangementView zonderZorgdeel() {
        return new ArrangementView(id, dossierNummer, status, onderwijsdeel, onderwijs, null, perspectief, oppDoelen,
                aanmeldingOntvangenOp, zorgplichtTot, verlengdTot, null, advies1Door, advies2Door, onderwijsBesluit,
                onderwijsToelichting, null, null, startdatum, null, null, null, null, null, null, null, groeidocument,
                deskundigen, onderwijsBezwaar, null);
    }

    /** What the gemeente sees: the care part and the perspective, not the education part's expert opinions. */
    ArrangementView alleenZorgdeel() {
        return new ArrangementView(id, dossierNummer, status, null, null, zorg, perspectief, oppDoelen,
                aanmeldingOntvangenOp, zorgplichtTot, verlengdTot, null, null, null, null, null, zorgBesluit,
                zorgToelichting, startdatum, null, null, null, null, null, null, null, null, null, null, zorgBezwaar);
    }
}
