package nl.eenplan.meldcode;

import java.util.ArrayList;
import java.util.List;
import nl.eenplan.web.Veldfout;

/**
 * The afwegingskader of the meldcode, the one place EenPlan decides when a report to Veilig Thuis is required.
 *
 * <p>Sources: the Wet verplichte meldcode huiselijk geweld en kindermishandeling (for schools: art. 4b WPO, art. 3a WVO,
 * art. 5 WEC, art. 1.3.9 WEB: the bevoegd gezag adopts a meldcode) and the Besluit verplichte meldcode huiselijk geweld
 * en kindermishandeling (Stb. 2013, 324), art. 2: the meldcode holds the five steps and, since 1 January 2019, an
 * afwegingskader for step 4 and 5; the sector's elaboration, the Afwegingskader meldcode onderwijs en leerplicht
 * (2018/2019). Step 5 asks two questions: (1) is melden noodzakelijk? (2) is hulp bieden of organiseren (ook) mogelijk?
 * The five afwegingsvragen behind them:
 * <ol>
 *   <li>Is there, after steps 1 to 4, a vermoeden of huiselijk geweld or kindermishandeling? No: close.</li>
 *   <li>Is there acute or structurele onveiligheid? Yes: melden (always; the framework's meldnorm).</li>
 *   <li>Can the school offer or organise effective help? No: melden.</li>
 *   <li>Do the parents and pupil accept that help and commit to it? No: melden.</li>
 *   <li>Does the help lead to safety within the agreed term? No: melden (after all).</li>
 * </ol>
 * The school may report without consent: Wmo 2015 art. 5.2.6 (meldrecht: a professional may give Veilig Thuis the
 * information needed to end or investigate (a reasonable suspicion of) huiselijk geweld or kindermishandeling, without
 * the consent of those concerned and if need be breaking professional secrecy).
 *
 * <p>The onderwijs framework names no category of suspicion that must always be reported besides acute and structurele
 * onveiligheid; seksueel misbruik, eergerelateerd geweld and vrouwelijke genitale verminking are weighed by the same
 * questions (with advice of Veilig Thuis in step 2), so they are not a separate rule here.
 */
public final class Afwegingskader {

    static final String BRON = "afwegingskader meldcode onderwijs, Besluit verplichte meldcode art. 2";

    private Afwegingskader() {
    }

    /** Melden is noodzakelijk (afwegingsvraag 2): acute or structurele onveiligheid. */
    public static boolean meldenVerplicht(boolean acuut, boolean structureel) {
        return acuut || structureel;
    }

    /**
     * Step 5: the two questions, checked against step 4. Refuses "hulp, niet melden" when the situation is acute or
     * structurally unsafe, and "niet melden" when help is not possible (afwegingsvraag 3 and 4).
     */
    public static List<Veldfout> toetsBesluit(boolean acuut, boolean structureel, boolean meldenNoodzakelijk,
                                              boolean hulpMogelijk) {
        List<Veldfout> fouten = new ArrayList<>();
        if (!meldenNoodzakelijk && meldenVerplicht(acuut, structureel)) {
            fouten.add(new Veldfout("meldenNoodzakelijk", "Bij " + onveilig(acuut, structureel) + " is melden bij "
                    + "Veilig Thuis altijd noodzakelijk; hulp zonder melding kan dan niet (" + BRON + ")."));
        } else if (!meldenNoodzakelijk && !hulpMogelijk) {
            fouten.add(new Veldfout("hulpMogelijk", "Kan de school geen hulp bieden of organiseren, of aanvaarden ouders "
                    + "en leerling die niet, dan is melden bij Veilig Thuis noodzakelijk (" + BRON + ")."));
        }
        return fouten;
    }

    /** The kind of contact on the melden path: with acute or structurele onveiligheid a melding, not only advice. */
    public static List<Veldfout> toetsMeldingsoort(boolean acuut, boolean structureel, Meldingsoort soort) {
        if (soort == Meldingsoort.ADVIES && meldenVerplicht(acuut, structureel)) {
            return List.of(new Veldfout("soort", "Bij " + onveilig(acuut, structureel) + " doe je een melding bij "
                    + "Veilig Thuis, niet alleen een adviesvraag (" + BRON + ")."));
        }
        return List.of();
    }

    /** Afwegingsvraag 5: help that does not make the pupil safe leads to a report after all. */
    public static List<Veldfout> toetsEvaluatie(boolean onveiligheidDuurtVoort, Evaluatieuitkomst uitkomst) {
        if (onveiligheidDuurtVoort && uitkomst != Evaluatieuitkomst.MELDEN) {
            return List.of(new Veldfout("uitkomst", "De onveiligheid duurt voort: de hulp leidt niet tot veiligheid, "
                    + "dus kies melden bij Veilig Thuis (" + BRON + ")."));
        }
        return List.of();
    }

    private static String onveilig(boolean acuut, boolean structureel) {
        return acuut && structureel ? "acute en structurele onveiligheid" : acuut ? "acute onveiligheid"
                : "structurele onveiligheid";
    }
}
