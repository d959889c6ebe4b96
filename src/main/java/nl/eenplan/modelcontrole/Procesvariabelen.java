package nl.eenplan.modelcontrole;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.eenplan.engine.Routering;

/**
 * The process variables a model may name in its expressions, per process: ids and routing facts, set when the
 * process starts or by the steps that learn them. The deployment check refuses an expression that names any
 * other variable ({@link Modelcontrole}); docs/modeler.md lists the same names for process owners. A new name
 * is added here, with the step that sets it.
 */
public final class Procesvariabelen {

    // Every process, from its start: the pupil (the business key is the dossier number too) and the school.
    public static final String DOSSIER_NUMMER = Routering.DOSSIER.naam();
    public static final String SCHOOL_BRIN = Routering.SCHOOL.naam();
    public static final String ONDERWIJSSOORT = Routering.SOORT.naam();
    public static final String ZORGCOORDINATOR = Routering.COORDINATOR.naam();

    // aanmelding
    public static final String AANMELDING_ID = "aanmeldingId";
    public static final String URGENTIE = "urgentie";
    public static final String EERDERE_ONDERSTEUNING = "eerdereOndersteuning";
    public static final String SIGNALEN_ONVEILIGHEID = "signalenOnveiligheid";
    public static final String LEREN = "leren";
    public static final String GEDRAG = "gedrag";
    public static final String SOCIAAL_EMOTIONEEL = "sociaalEmotioneel";
    public static final String THUISSITUATIE = "thuissituatie";
    public static final String VERZUIM = "verzuim";
    public static final String MEDISCH = "medisch";
    public static final String GESPREK_OUDERS_GEVOERD = "gesprekOudersGevoerd";
    public static final String GESPREK_LEERLING_GEVOERD = "gesprekLeerlingGevoerd";
    public static final String MELDCODE_BESLUIT = "meldcodeBesluit";
    public static final String TOESTEMMING_ONDERSTEUNINGSTEAM = "toestemmingOndersteuningsteam";
    public static final String TOESTEMMING_JEUGDHULP = "toestemmingJeugdhulp";
    public static final String TOESTEMMING_SWV = "toestemmingSwv";
    public static final String TOESTEMMING_LEERPLICHT = "toestemmingLeerplicht";
    public static final String TOESTEMMING_ONTVANGENDE_SCHOOL = "toestemmingOntvangendeSchool";
    public static final String TRIAGE_UITKOMST = "triageUitkomst";
    public static final String ROUTE = "route";
    public static final String NODIGE_TOESTEMMING = "nodigeToestemming";
    public static final String EVALUATIE_UITKOMST = "evaluatieUitkomst";
    public static final String MDO_UITKOMST = "mdoUitkomst";

    // mdo (and verzuim, mdoUitkomst above)
    public static final String MDO_ID = "mdoId";
    public static final String MDO_DATUM = "mdoDatum";
    public static final String OUDERS_AANWEZIG = "oudersAanwezig";
    public static final String LEERLING_AANWEZIG = "leerlingAanwezig";
    public static final String AFSPRAKEN = "afspraken";
    public static final String AFSPRAAK_ID = "afspraakId";
    public static final String AFSPRAAK_UITKOMST = "afspraakUitkomst";

    // arrangement
    public static final String ARRANGEMENT_ID = "arrangementId";
    public static final String AANVRAAG_COMPLEET = "aanvraagCompleet";
    public static final String REGISTRATIE_DATUM = "registratieDatum";
    public static final String ZORGPLICHT_DEADLINE = "zorgplichtDeadline";
    public static final String TLV = "tlv";
    public static final String ZORG_BESLISSEN = "zorgBeslissen";
    public static final String ONDERWIJS_BESLUIT = "onderwijsBesluit";
    public static final String ZORG_BESLUIT = "zorgBesluit";
    public static final String PLAATS_GEBODEN = "plaatsGeboden";
    public static final String ZORGPLICHT_VERLENGEN = "zorgplichtVerlengen";
    public static final String VERLENGD = "verlengd";
    public static final String VERLENGD_TOT = "verlengdTot";
    public static final String ARRANGEMENT_VERVOLG = "arrangementVervolg";
    /** Issue 23: the objection term the decision letter started per part, and the objection's outcome. */
    public static final String BEZWAARTERMIJN_ONDERWIJS_TOT = "bezwaartermijnOnderwijsTot";
    public static final String BEZWAARTERMIJN_ZORG_TOT = "bezwaartermijnZorgTot";
    public static final String GEEN_BEZWAAR_ONDERWIJS_NA = "geenBezwaarOnderwijsNa";
    public static final String GEEN_BEZWAAR_ZORG_NA = "geenBezwaarZorgNa";
    public static final String BEZWAAR_ONDERWIJS_UITKOMST = "bezwaarOnderwijsUitkomst";
    public static final String BEZWAAR_ZORG_UITKOMST = "bezwaarZorgUitkomst";

    // overstap
    public static final String OVERSTAPSOORT = "overstapsoort";
    public static final String SCHOOLJAAR = "schooljaar";
    public static final String MET_ONDERSTEUNING = "metOndersteuning";
    public static final String LOPEND_ARRANGEMENT = "lopendArrangement";
    public static final String GEPLAATST = "geplaatst";
    public static final String INGESCHREVEN = "ingeschreven";

    // verzuim
    public static final String VERZUIMMELDING_ID = "verzuimmeldingId";
    public static final String SOORT = "soort";
    /** Verzuim: the day the report's threshold was reached, where task melden's norm counts from. */
    public static final String DREMPELDATUM = "drempeldatum";
    public static final String BESLUIT = "besluit";
    /** Verzuim: whether DUO's verzuimregister confirmed the report (step "Indienen bij DUO"). */
    public static final String DUO_BEVESTIGD = "duoBevestigd";

    // meldcode (and meldcodeBesluit above: MELDEN or HULP)
    public static final String MELDCODE_ID = "meldcodeId";
    public static final String VERMOEDEN = "vermoeden";
    public static final String EVALUATIE_DATUM = "evaluatieDatum";
    public static final String HULP_UITKOMST = "hulpUitkomst";

    // toelating (and verlengd, verlengdTot above)
    public static final String TOELATING_ID = "toelatingId";
    public static final String AANMELDING_ONTVANGEN = "aanmeldingOntvangen";
    public static final String BESLISTERMIJN = "beslistermijn";
    public static final String ARRANGEMENT_AANVRAGEN = "arrangementAanvragen";
    public static final String BESLISTERMIJN_VERLENGEN = "beslistermijnVerlengen";
    public static final String TIJDELIJK_INSCHRIJVEN_OP = "tijdelijkInschrijvenOp";
    public static final String TOELATINGSBESLUIT = "toelatingsbesluit";
    public static final String BEZWAARTERMIJN_TOT = "bezwaartermijnTot";
    public static final String GEEN_BEZWAAR_NA = "geenBezwaarNa";
    public static final String BEZWAAR_BESLISTERMIJN = "bezwaarBeslistermijn";
    public static final String BEZWAAR_UITKOMST = "bezwaarUitkomst";
    public static final String WACHT_OP_OORDEEL = "wachtOpOordeel";
    // leerplichtEscalatie (and route above)
    public static final String ESCALATIE_ID = "escalatieId";
    public static final String REDEN = "reden";
    public static final String UITKOMST = "uitkomst";
    /** leerplichtEscalatie: the group that works it, leerplicht or rmc (nl.eenplan.leerplicht.Escalatieroute). */
    public static final String BEHANDELAAR = "behandelaar";

    // thuiszitterstafel (and behandelaar above)
    /** thuiszitterstafel: the table (nl.eenplan.thuiszitterstafel.Thuiszitterstafel). */
    public static final String TAFEL_ID = "tafelId";
    /** thuiszitterstafel: when the table meets; the plan's term counts from it. */
    public static final String TAFEL_DATUM = "tafelDatum";
    /** thuiszitterstafel: the user with doorzettingsmacht, whose task the escalation is. */
    public static final String DOORZETTINGSMACHT = "doorzettingsmacht";
    /** thuiszitterstafel: the agreed date the pupil is back in education. */
    public static final String TERUG_DATUM = "terugDatum";

    // jeugdhulpbesluit (and arrangementId, zorgBesluit above)
    /** jeugdhulpbesluit: the arrangement instance waiting for the decision (its message goes there). */
    public static final String ARRANGEMENT_INSTANTIE = "arrangementInstantie";
    /** jeugdhulpbesluit: the day the application reached a gemeente; the Awb art. 4:13 term counts from it. */
    public static final String AANVRAAG_ONTVANGEN_OP = "aanvraagOntvangenOp";
    /**
     * jeugdhulpbesluit: the day the decision's term counts from: the day of receipt, and after a well-founded
     * objection the day the gemeente decided on it (a new term for the new decision).
     */
    public static final String BESLISTERMIJN_VANAF = "beslistermijnVanaf";
    /**
     * jeugdhulpbesluit: whether the gemeente sends the decision letter and handles the objection here (Awb art. 7:11);
     * false for an arrangement of a version that still has those steps itself (it finishes on its version).
     */
    public static final String BESLUITBRIEF_BIJ_GEMEENTE = "besluitbriefBijGemeente";
    /**
     * jeugdhulpbesluit: the new school's dossier after a school change past the decision: the letter and the objection
     * go on at the gemeente, and the final outcome goes to that school as information (the old arrangement ended).
     */
    public static final String NIEUW_DOSSIER = "nieuwDossier";

    // besluitbezwaar (and tlv, onderwijsBesluit, bezwaartermijnOnderwijsTot, bezwaarOnderwijsUitkomst above)
    /** besluitbezwaar: the objection the SWV handles after the pupil left the school (nl.eenplan.arrangement.Besluitbezwaar). */
    public static final String BESLUITBEZWAAR_ID = "besluitbezwaarId";

    // opp
    /** opp: the parents (or the pupil of age) agreed with the handelingsdeel (nl.eenplan.opp.Instemmingsregel). */
    public static final String INGESTEMD = "ingestemd";
    /** opp: the evaluation with the parents found the handelingsdeel is to change. */
    public static final String HANDELINGSDEEL_WIJZIGEN = "handelingsdeelWijzigen";
    // tlv
    /** tlv: the TLV (nl.eenplan.tlv.Tlv). */
    public static final String TLV_ID = "tlvId";
    /** tlv: its last valid day (anchor of the herindicatie signal), and the moment after it. */
    public static final String TLV_EINDDATUM = "tlvEinddatum";
    public static final String TLV_VERLOOPT_OP = "tlvVerlooptOp";
    /** tlv: taken over from before V38, the SWV completes it first. */
    public static final String TLV_AANVULLEN = "tlvAanvullen";
    /** tlv: the school's choice before the end (nl.eenplan.tlv.TlvService.Keuze). */
    public static final String HERINDICATIE_KEUZE = "herindicatieKeuze";

    // schoolwisselBevestigen
    /** schoolwisselBevestigen: the change asked (nl.eenplan.schoolwissel.Schoolwissel). */
    public static final String SCHOOLWISSEL = "schoolwissel";
    /** schoolwisselBevestigen: the new school's name and BRIN, all the old school reads of it, and the enrolment date. */
    public static final String NAAR_SCHOOL = "naarSchool";
    public static final String INGESCHREVEN_OP = "ingeschrevenOp";
    /** schoolwisselBevestigen: the old school's answer (BEVESTIGD, GEWEIGERD). */
    public static final String SCHOOLWISSEL_ANTWOORD = "schoolwisselAntwoord";

    // avgVerzoek (and verlengd, verlengdTot above)
    /** avgVerzoek: the family's request for correction or objection (nl.eenplan.gezin.AvgVerzoeken). */
    public static final String AVG_VERZOEK_ID = "avgVerzoekId";

    private static final Set<String> ELK_PROCES = Set.of(DOSSIER_NUMMER, SCHOOL_BRIN, ONDERWIJSSOORT, ZORGCOORDINATOR);

    private static final Map<String, Set<String>> PER_PROCES = Map.ofEntries(
            Map.entry("aanmelding", Set.of(AANMELDING_ID, URGENTIE, EERDERE_ONDERSTEUNING, SIGNALEN_ONVEILIGHEID, LEREN, GEDRAG,
                    SOCIAAL_EMOTIONEEL, THUISSITUATIE, VERZUIM, MEDISCH, GESPREK_OUDERS_GEVOERD,
                    GESPREK_LEERLING_GEVOERD, MELDCODE_BESLUIT, TOESTEMMING_ONDERSTEUNINGSTEAM, TOESTEMMING_JEUGDHULP,
                    TOESTEMMING_SWV, TOESTEMMING_LEERPLICHT, TOESTEMMING_ONTVANGENDE_SCHOOL, TRIAGE_UITKOMST, ROUTE,
                    NODIGE_TOESTEMMING, EVALUATIE_UITKOMST, MDO_UITKOMST)),
            Map.entry("mdo", Set.of(VERZUIM, MDO_ID, MDO_DATUM, OUDERS_AANWEZIG, LEERLING_AANWEZIG, AFSPRAKEN,
                    AFSPRAAK_ID, AFSPRAAK_UITKOMST, MDO_UITKOMST)),
            Map.entry("arrangement", Set.of(ARRANGEMENT_ID, AANVRAAG_COMPLEET, REGISTRATIE_DATUM, ZORGPLICHT_DEADLINE,
                    TLV, ZORG_BESLISSEN, ONDERWIJS_BESLUIT, ZORG_BESLUIT, PLAATS_GEBODEN, ZORGPLICHT_VERLENGEN, VERLENGD,
                    VERLENGD_TOT, ARRANGEMENT_VERVOLG, BEZWAARTERMIJN_ONDERWIJS_TOT, BEZWAARTERMIJN_ZORG_TOT,
                    GEEN_BEZWAAR_ONDERWIJS_NA, GEEN_BEZWAAR_ZORG_NA, BEZWAAR_ONDERWIJS_UITKOMST,
                    BEZWAAR_ZORG_UITKOMST)),
            Map.entry("overstap", Set.of(OVERSTAPSOORT, SCHOOLJAAR, MET_ONDERSTEUNING, LOPEND_ARRANGEMENT, GEPLAATST,
                    INGESCHREVEN)),
            Map.entry("verzuim", Set.of(VERZUIMMELDING_ID, SOORT, BESLUIT, DREMPELDATUM, DUO_BEVESTIGD)),
            Map.entry("toelating", Set.of(TOELATING_ID, AANMELDING_ONTVANGEN, BESLISTERMIJN, ARRANGEMENT_AANVRAGEN,
                    BESLISTERMIJN_VERLENGEN, VERLENGD, VERLENGD_TOT, TIJDELIJK_INSCHRIJVEN_OP, TOELATINGSBESLUIT,
                    BEZWAARTERMIJN_TOT, GEEN_BEZWAAR_NA, BEZWAAR_BESLISTERMIJN, BEZWAAR_UITKOMST, WACHT_OP_OORDEEL)),
            Map.entry("leerplichtEscalatie", Set.of(ESCALATIE_ID, REDEN, ROUTE, UITKOMST, BEHANDELAAR)),
            Map.entry("meldcode", Set.of(MELDCODE_ID, VERMOEDEN, MELDCODE_BESLUIT, EVALUATIE_DATUM, HULP_UITKOMST)),
            Map.entry("thuiszitterstafel", Set.of(TAFEL_ID, BEHANDELAAR, TAFEL_DATUM, DOORZETTINGSMACHT, TERUG_DATUM)),
            Map.entry("jeugdhulpbesluit", Set.of(ARRANGEMENT_ID, ARRANGEMENT_INSTANTIE, AANVRAAG_ONTVANGEN_OP,
                    ZORG_BESLUIT, BESLISTERMIJN_VANAF, BESLUITBRIEF_BIJ_GEMEENTE, BEZWAARTERMIJN_ZORG_TOT,
                    GEEN_BEZWAAR_ZORG_NA, BEZWAAR_ZORG_UITKOMST, NIEUW_DOSSIER)),
            Map.entry("besluitbezwaar", Set.of(BESLUITBEZWAAR_ID, ARRANGEMENT_ID, TLV, BEZWAARTERMIJN_ONDERWIJS_TOT,
                    BEZWAAR_ONDERWIJS_UITKOMST, ONDERWIJS_BESLUIT)),
            Map.entry("opp", Set.of(INGESTEMD, HANDELINGSDEEL_WIJZIGEN)),
            Map.entry("avgVerzoek", Set.of(AVG_VERZOEK_ID, VERLENGD, VERLENGD_TOT)),
            Map.entry("schoolwisselBevestigen", Set.of(SCHOOLWISSEL, NAAR_SCHOOL, INGESCHREVEN_OP,
                    SCHOOLWISSEL_ANTWOORD)),
            Map.entry("tlv", Set.of(TLV_ID, TLV_EINDDATUM, TLV_VERLOOPT_OP, TLV_AANVULLEN, HERINDICATIE_KEUZE)));

    private Procesvariabelen() {
    }

    /** The variables the models of process {@code proces} may name; a process not listed has only the common ones. */
    public static Set<String> van(String proces) {
        Set<String> namen = new TreeSet<>(ELK_PROCES);
        namen.addAll(PER_PROCES.getOrDefault(proces, Set.of()));
        return namen;
    }

    /** Every documented variable: a decision table is called from any process. */
    public static Set<String> alle() {
        Set<String> namen = new HashSet<>(ELK_PROCES);
        PER_PROCES.values().forEach(namen::addAll);
        return namen;
    }

    /** The processes with variables of their own, for the documentation. */
    static Set<String> processen() {
        return new TreeSet<>(PER_PROCES.keySet());
    }
}
