package nl.eenplan.aanmelding.proces;

import nl.eenplan.aanmelding.Categorie;
import nl.eenplan.dossier.Toestemming;
import nl.eenplan.engine.Variabele;
import nl.eenplan.modelcontrole.Procesvariabelen;

/**
 * The variables of process {@code aanmelding} (processes/aanmelding.bpmn), besides the routing facts every process
 * starts with (nl.eenplan.engine.Routering): ids and routing facts only; what the school tried, the intake report
 * and the goals are in the dossier.
 */
public final class AanmeldingVariabelen {

    public static final String PROCES = "aanmelding";

    /** The concern this instance routes (set at the start). */
    public static final Variabele<Long> AANMELDING_ID = Variabele.getal(Procesvariabelen.AANMELDING_ID);
    /** Who signalled the concern (set at the start). */
    public static final Variabele<String> GEMELD_DOOR = Variabele.tekst("gemeldDoor");
    /** Urgentie of the concern, an input of the triage table. */
    public static final Variabele<String> URGENTIE = Variabele.tekst(Procesvariabelen.URGENTIE);
    /** Support tried before; set again by step opschalen, so the next triage counts it. */
    public static final Variabele<Boolean> EERDERE_ONDERSTEUNING = Variabele.jaNee(Procesvariabelen.EERDERE_ONDERSTEUNING);
    /** Signs of unsafety (start, then task intake): gateway "Signalen van onveiligheid?". */
    public static final Variabele<Boolean> SIGNALEN_ONVEILIGHEID = Variabele.jaNee(Procesvariabelen.SIGNALEN_ONVEILIGHEID);
    /** Task intake: whether the talks with the parents and with the pupil took place. */
    public static final Variabele<Boolean> GESPREK_OUDERS_GEVOERD = Variabele.jaNee(Procesvariabelen.GESPREK_OUDERS_GEVOERD);
    public static final Variabele<Boolean> GESPREK_LEERLING_GEVOERD = Variabele.jaNee(Procesvariabelen.GESPREK_LEERLING_GEVOERD);
    /** Task meldcode: the decision (melden, hulp, geenZorgen) and the five steps done. */
    public static final Variabele<String> MELDCODE_BESLUIT = Variabele.tekst(Procesvariabelen.MELDCODE_BESLUIT);
    public static final Variabele<Boolean> STAP1_SIGNALEN_IN_KAART = Variabele.jaNee("stap1SignalenInKaart");
    public static final Variabele<Boolean> STAP2_COLLEGIAAL_ADVIES = Variabele.jaNee("stap2CollegiaalAdvies");
    public static final Variabele<Boolean> STAP3_GESPREK_GEVOERD = Variabele.jaNee("stap3GesprekGevoerd");
    public static final Variabele<Boolean> STAP4_GEWOGEN = Variabele.jaNee("stap4Gewogen");
    /**
     * Task toestemmingVragen: how the consent ticked was given (GESPREK, PAPIER, DIGITAAL) and who recorded it (a user
     * id), for step toestemmingVastleggen, which records each person's consent with this proof in the dossier.
     */
    public static final Variabele<String> TOESTEMMING_VORM = Variabele.tekst("toestemmingVorm");
    public static final Variabele<String> TOESTEMMING_VASTGELEGD_DOOR = Variabele.tekst("toestemmingVastgelegdDoor");
    /** Task toestemmingVragen, set when it is created: who consents at the pupil's age, for the form. */
    public static final Variabele<String> TOESTEMMING_VAN = Variabele.tekst("toestemmingVan");
    /** Result of business rule task triage (a map: route, nodigeToestemming, toelichting); read by routeVastleggen. */
    public static final String TRIAGE_UITKOMST = Procesvariabelen.TRIAGE_UITKOMST;
    /** Step routeVastleggen: the route (gateway "Welke route?"), its description and the consent it needs. */
    public static final Variabele<String> ROUTE = Variabele.tekst(Procesvariabelen.ROUTE);
    public static final Variabele<String> ROUTE_OMSCHRIJVING = Variabele.tekst("routeOmschrijving");
    public static final Variabele<String> NODIGE_TOESTEMMING = Variabele.tekst(Procesvariabelen.NODIGE_TOESTEMMING);
    /** Keys of the triage result besides route and nodigeToestemming (named as those variables): why this route. */
    public static final String TRIAGE_TOELICHTING = "toelichting";
    /**
     * A single task of another process (the gemeente's decision on a care part, an MDO agreement jeugdhulp owns): the
     * consent it needs, a local variable its model sets; withdrawing that consent stops the task.
     */
    public static final Variabele<String> TAAK_TOESTEMMING = Variabele.tekst("taakToestemming");
    /** Task handelingsplan: the goals are in the dossier, the process hears only that the plan is there. */
    public static final Variabele<Boolean> HANDELINGSPLAN_VASTGELEGD = Variabele.jaNee("handelingsplanVastgelegd");
    /** Task evalueren: doelBehaald, doorgaan or opschalen (gateway "Uitkomst evaluatie?"). */
    public static final Variabele<String> EVALUATIE_UITKOMST = Variabele.tekst(Procesvariabelen.EVALUATIE_UITKOMST);
    /** Out of call activity mdoHouden: what the MDO decided (gateway "Vervolg na het MDO?"). */
    public static final Variabele<String> MDO_UITKOMST = Variabele.tekst(Procesvariabelen.MDO_UITKOMST);
    /** Task warmeOverdracht: done. */
    public static final Variabele<Boolean> OVERDRACHT_GEDAAN = Variabele.jaNee("overdrachtGedaan");

    private AanmeldingVariabelen() {
    }

    /** One yes/no per category of the concern, an input of the triage table. */
    public static Variabele<Boolean> categorie(Categorie categorie) {
        return Variabele.jaNee(categorie.variabele());
    }

    /** Task toestemmingVragen: consent ticked in the form for this scope ({@code gegeven<Scope>}). */
    public static Variabele<Boolean> gegeven(Toestemming.Scope scope) {
        return Variabele.jaNee("gegeven" + naam(scope));
    }

    /** Step toestemmingVastleggen: consent for this scope in force today ({@code toestemming<Scope>}), for triage. */
    public static Variabele<Boolean> toestemming(Toestemming.Scope scope) {
        return Variabele.jaNee("toestemming" + naam(scope));
    }

    /** ONTVANGENDE_SCHOOL → OntvangendeSchool, as in the form's and the triage table's variable names. */
    static String naam(Toestemming.Scope scope) {
        StringBuilder b = new StringBuilder();
        for (String deel : scope.name().split("_")) {
            b.append(deel.charAt(0)).append(deel.substring(1).toLowerCase());
        }
        return b.toString();
    }
}
