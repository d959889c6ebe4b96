package nl.eenplan.dossier;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;

/**
 * What parents and pupil are told before they consent, per scope, by version. A consent records the version and the
 * text itself, so the school can show what was said (AVG art. 7 lid 1: the controller must be able to demonstrate
 * consent; art. 4 onder 11 and art. 13: consent is informed). A changed text is a new version, never an edit: consent
 * given on an older version stays linked to that text.
 */
public enum Toestemmingsinformatie {

    ONDERSTEUNINGSTEAM_1(Toestemming.Scope.ONDERSTEUNINGSTEAM, "ondersteuningsteam-1", """
            De school wil de zorg over uw kind bespreken in het ondersteuningsteam (MDO), samen met u, uw kind en \
            deskundigen van buiten de school (bijvoorbeeld een orthopedagoog). Daarvoor deelt de school het plan, wat \
            de school heeft geprobeerd en het groeidocument met de deelnemers. Zonder uw toestemming gebeurt dat niet. \
            U kunt uw toestemming altijd intrekken; vanaf dat moment deelt de school niets meer met hen.""", """
            The school wants to discuss the support for your child in the support team (MDO), together with you, your \
            child and experts from outside the school (for example an educational psychologist). For this the school \
            shares the plan, what the school has tried and the growth document with the participants. Without your \
            consent this does not happen. You can always withdraw your consent; from then on the school shares \
            nothing more with them."""),
    JEUGDHULP_1(Toestemming.Scope.JEUGDHULP, "jeugdhulp-1", """
            De school wil samenwerken met jeugdhulp of de jeugdgezondheidszorg (wijkteam, CJG, schoolmaatschappelijk \
            werk, jeugdarts). Daarvoor deelt de school het plan, de afspraken en wat nodig is voor een warme \
            overdracht, en kan jeugdhulp meedoen aan het MDO. Vraagt de school voor uw kind een arrangement met een \
            zorgdeel aan, dan gaat dat zorgdeel naar de gemeente. Zonder toestemming van iedereen die volgens de wet \
            moet instemmen gebeurt dat niet. U kunt uw toestemming altijd intrekken; vanaf dat moment stopt het delen.""", """
            The school wants to work together with youth care or youth health care (neighbourhood team, CJG, school \
            social work, youth doctor). For this the school shares the plan, the agreements and what is needed for a \
            warm handover, and youth care can take part in the MDO. If the school asks for an arrangement with a care \
            part for your child, that care part goes to the municipality. Without the consent of everyone who must \
            agree by law this does not happen. You can always withdraw your consent; from then on the sharing stops."""),
    LEERPLICHT_1(Toestemming.Scope.LEERPLICHT, "leerplicht-1", """
            De school wil de leerplichtambtenaar uitnodigen voor het MDO over uw kind. In het MDO hoort de \
            leerplichtambtenaar ook over de zorg, niet alleen over het verzuim. Zonder uw toestemming wordt \
            leerplicht niet uitgenodigd. Een verzuimmelding doet de school wel altijd: dat is een wettelijke plicht. \
            U kunt uw toestemming altijd intrekken.""", """
            The school wants to invite the compulsory education officer (leerplicht) to the MDO about your child. In \
            the MDO this officer also hears about the support, not only about absence. Without your consent leerplicht \
            is not invited. The school does always report absence: that is a legal duty. You can always withdraw your \
            consent.""");

    private final Toestemming.Scope scope;
    private final String versie;
    private final String tekst;
    /** The same text in English, for the family's pages in English (the text shown is the one recorded). */
    private final String tekstEngels;

    /** The languages a text is shown in: Dutch (the default) and English. */
    public static final java.util.Set<String> TALEN = java.util.Set.of("nl", "en");

    Toestemmingsinformatie(Toestemming.Scope scope, String versie, String tekst, String tekstEngels) {
        this.scope = scope;
        this.versie = versie;
        this.tekst = tekst;
        this.tekstEngels = tekstEngels;
    }

    public Toestemming.Scope scope() {
        return scope;
    }

    public String versie() {
        return versie;
    }

    /** The Dutch text (what the school shows, and the text of every consent recorded by the school). */
    public String tekst() {
        return tekst;
    }

    /** The text in this language ({@link #TALEN}; any other is Dutch). */
    public String tekst(String taal) {
        return "en".equals(taal) ? tekstEngels : tekst;
    }

    /** The text shown today for this scope: its latest version; empty for a scope that needs no consent. */
    public static Optional<Toestemmingsinformatie> huidige(Toestemming.Scope scope) {
        return Arrays.stream(values()).filter(i -> i.scope == scope)
                .max(Comparator.comparingInt(Enum::ordinal));
    }
}
