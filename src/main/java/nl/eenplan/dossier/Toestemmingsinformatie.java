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
            U kunt uw toestemming altijd intrekken; vanaf dat moment deelt de school niets meer met hen."""),
    JEUGDHULP_1(Toestemming.Scope.JEUGDHULP, "jeugdhulp-1", """
            De school wil samenwerken met jeugdhulp of de jeugdgezondheidszorg (wijkteam, CJG, schoolmaatschappelijk \
            werk, jeugdarts). Daarvoor deelt de school het plan, de afspraken en wat nodig is voor een warme \
            overdracht, en kan jeugdhulp meedoen aan het MDO. Vraagt de school voor uw kind een arrangement met een \
            zorgdeel aan, dan gaat dat zorgdeel naar de gemeente. Zonder toestemming van iedereen die volgens de wet \
            moet instemmen gebeurt dat niet. U kunt uw toestemming altijd intrekken; vanaf dat moment stopt het delen."""),
    LEERPLICHT_1(Toestemming.Scope.LEERPLICHT, "leerplicht-1", """
            De school wil de leerplichtambtenaar uitnodigen voor het MDO over uw kind. In het MDO hoort de \
            leerplichtambtenaar ook over de zorg, niet alleen over het verzuim. Zonder uw toestemming wordt \
            leerplicht niet uitgenodigd. Een verzuimmelding doet de school wel altijd: dat is een wettelijke plicht. \
            U kunt uw toestemming altijd intrekken.""");

    private final Toestemming.Scope scope;
    private final String versie;
    private final String tekst;

    Toestemmingsinformatie(Toestemming.Scope scope, String versie, String tekst) {
        this.scope = scope;
        this.versie = versie;
        this.tekst = tekst;
    }

    public Toestemming.Scope scope() {
        return scope;
    }

    public String versie() {
        return versie;
    }

    public String tekst() {
        return tekst;
    }

    /** The text shown today for this scope: its latest version; empty for a scope that needs no consent. */
    public static Optional<Toestemmingsinformatie> huidige(Toestemming.Scope scope) {
        return Arrays.stream(values()).filter(i -> i.scope == scope)
                .max(Comparator.comparingInt(Enum::ordinal));
    }
}
