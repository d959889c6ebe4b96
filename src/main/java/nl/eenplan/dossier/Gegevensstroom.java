package nl.eenplan.dossier;

/**
 * The basis table: every flow of a pupil's data out of the school that EenPlan carries, and the legal basis it rests
 * on. The one place that says why data may flow (domain.md, "Every flow of data has a legal basis"); shown read-only
 * to process owners ({@code GET /api/grondslagen}) and in docs/privacy.md. {@link ToestemmingService#mag} applies it;
 * every flow that happens is recorded with the basis used (the audit log and the inzage).
 */
public enum Gegevensstroom {

    ONDERSTEUNINGSTEAM("school", "deskundigen van buiten de school in het ondersteuningsteam (MDO)",
            "het plan, de zorg en het groeidocument", Grondslag.toestemming(Toestemming.Scope.ONDERSTEUNINGSTEAM,
            "AVG art. 6 lid 1 onder a")),
    JEUGDHULP("school", "jeugdhulp en JGZ (wijkteam, CJG, schoolmaatschappelijk werk, jeugdarts)",
            "de warme overdracht, deelname aan het MDO, afspraken en het plan",
            Grondslag.toestemming(Toestemming.Scope.JEUGDHULP, "Jeugdwet art. 7.3.11")),
    JGZ_ZIEKTEVERZUIM("school", "de jeugdarts (jeugdgezondheidszorg, JGZ)",
            "het signaal zorgwekkend ziekteverzuim (M@ZL): dossiernummer, school, data en aantallen ziekmeldingen, nooit "
                    + "een diagnose", Grondslag.toestemming(Toestemming.Scope.JEUGDHULP, "AVG art. 6 lid 1 onder a; "
                    + "Wet publieke gezondheid art. 5 (jeugdgezondheidszorg door de gemeente); in de M@ZL-aanpak verwijst "
                    + "de school naar de jeugdarts met medeweten van ouders en leerling, zonder toestemming gaat er niets")),
    GEMEENTE_ZORGDEEL("school", "de gemeente (gemeentelijke toegang jeugdhulp)",
            "het zorgdeel van een arrangementaanvraag", Grondslag.toestemming(Toestemming.Scope.JEUGDHULP,
            "Jeugdwet art. 7.3.11 (de gemeente beslist over jeugdhulp, Jeugdwet art. 2.3)")),
    SWV("school", "het samenwerkingsverband passend onderwijs",
            "de aanvraag van een arrangement of TLV met het OPP, het onderwijsdeel en het door de ouders ondertekende "
                    + "groeidocument, nooit het zorgdeel",
            Grondslag.wettelijkeTaak("WPO art. 18a en WVO 2020 art. 2.47 (taken van het samenwerkingsverband; het SWV "
                    + "verwerkt de gegevens die het daarvoor nodig heeft zonder toestemming)")),
    LEERPLICHT_VERZUIM("school", "leerplicht (de gemeente)",
            "de verzuimmelding en escalaties: identiteit, school en de feiten van de reden, geen zorginhoud",
            Grondslag.wettelijkePlicht("Leerplichtwet 1969 art. 18 (in- en uitschrijving) en art. 21 (melden van "
                    + "ongeoorloofd verzuim)")),
    LEERPLICHT_MDO("school", "leerplicht als deelnemer aan het MDO",
            "wat in het MDO besproken wordt, ook zorginhoud",
            Grondslag.toestemming(Toestemming.Scope.LEERPLICHT, "AVG art. 6 lid 1 onder a")),
    // WPO art. 42: "als een leerling de school verlaat, ongeacht de reden", so also a school change mid-year.
    ONTVANGENDE_SCHOOL("school", "de ontvangende school bij een overstap of een schoolwissel",
            "het onderwijskundig rapport, met het ondersteuningsdeel; de ouders krijgen een afschrift en kunnen hun "
                    + "zienswijze toevoegen; bij een schoolwissel het plan, de ouders met hun gezag, het laatst "
                    + "ondertekende groeidocument en een lopend arrangement, nooit de toestemmingen",
            Grondslag.wettelijkePlicht("WPO art. 42, WEC art. 43 en WVO art. 103b (onderwijskundig rapport); Besluit "
                    + "uitwisseling leer- en begeleidingsgegevens (Stb. 2012, 234)")),
    THUISZITTERSTAFEL("school", "de thuiszitterstafel: leerplicht en de gemeente waar de leerling woont, en het "
            + "samenwerkingsverband van de school",
            "het signaal (leerling, school, sinds wanneer zonder onderwijs) en het plan van de tafel: terugkeerdatum, "
            + "onderwijs, wie wat doet, de doorzettingsmachtige; nooit zorginhoud uit het dossier",
            Grondslag.wettelijkeTaak("Leerplichtwet 1969 art. 16 en 21 (toezicht op de naleving door de gemeente "
                    + "waar de leerling woont); WPO art. 18a en WVO 2020 art. 2.47 (het samenwerkingsverband zorgt voor een "
                    + "dekkend geheel van voorzieningen, zodat de leerling een plaats in het onderwijs krijgt)")),
    /**
     * A pupil living in a gemeente that does not work with this EenPlan gets the table at the school's gemeente
     * (nl.eenplan.thuiszitterstafel: a table here rather than none). The Leerplichtwet makes the home gemeente competent;
     * the school's gemeente takes part as a gemeente of the SWV's region, with which the SWV agrees its support plan.
     */
    THUISZITTERSTAFEL_SCHOOLGEMEENTE("school", "de thuiszitterstafel bij de gemeente van de school (de gemeente "
            + "waar de leerling woont, werkt niet met deze EenPlan), en het samenwerkingsverband van de school",
            "het signaal (leerling, school, sinds wanneer zonder onderwijs) en het plan van de tafel: terugkeerdatum, "
            + "onderwijs, wie wat doet, de doorzettingsmachtige; nooit zorginhoud uit het dossier",
            Grondslag.wettelijkeTaak("WPO art. 18a en WVO 2020 art. 2.47 (het samenwerkingsverband en de gemeenten in zijn "
                    + "regio, met wie het op overeenstemming gericht overleg voert over het ondersteuningsplan, zorgen "
                    + "dat de leerling een plaats in het onderwijs krijgt); de gemeente van de school brengt de "
                    + "woongemeente erbij, die bevoegd blijft (Leerplichtwet 1969 art. 16 en 21)")),
    VEILIG_THUIS("school", "Veilig Thuis",
            "een melding bij een vermoeden van huiselijk geweld of kindermishandeling, met wat nodig is om die te "
                    + "onderzoeken of te beëindigen",
            Grondslag.meldcode("Wmo 2015 art. 5.2.6 (meldrecht zonder toestemming) en de Wet verplichte meldcode "
                    + "huiselijk geweld en kindermishandeling (afwegingskader, sinds 1 januari 2019)"));

    private final String van;
    private final String naar;
    private final String wat;
    private final Grondslag grondslag;

    Gegevensstroom(String van, String naar, String wat, Grondslag grondslag) {
        this.van = van;
        this.naar = naar;
        this.wat = wat;
        this.grondslag = grondslag;
    }

    public String van() {
        return van;
    }

    public String naar() {
        return naar;
    }

    public String wat() {
        return wat;
    }

    public Grondslag grondslag() {
        return grondslag;
    }

    /** The flow that rests on consent for this scope, if any. */
    public static java.util.Optional<Gegevensstroom> opToestemming(Toestemming.Scope scope) {
        for (Gegevensstroom s : values()) {
            if (s.grondslag.scope() == scope) {
                return java.util.Optional.of(s);
            }
        }
        return java.util.Optional.empty();
    }

    /** What a flow rests on: a statutory task or duty (no consent asked), or consent for a scope. */
    public record Grondslag(Soort soort, String bron, Toestemming.Scope scope) {

        public enum Soort {
            WETTELIJKE_TAAK("wettelijke taak"), WETTELIJKE_PLICHT("wettelijke plicht"), TOESTEMMING("toestemming"),
            MELDCODE("meldcode");

            private final String omschrijving;

            Soort(String omschrijving) {
                this.omschrijving = omschrijving;
            }

            public String omschrijving() {
                return omschrijving;
            }
        }

        static Grondslag wettelijkeTaak(String bron) {
            return new Grondslag(Soort.WETTELIJKE_TAAK, bron, null);
        }

        static Grondslag wettelijkePlicht(String bron) {
            return new Grondslag(Soort.WETTELIJKE_PLICHT, bron, null);
        }

        static Grondslag meldcode(String bron) {
            return new Grondslag(Soort.MELDCODE, bron, null);
        }

        static Grondslag toestemming(Toestemming.Scope scope, String bron) {
            return new Grondslag(Soort.TOESTEMMING, bron + "; wie toestemming geeft: " + scope.leeftijdsregel().bron(),
                    scope);
        }

        public boolean opToestemming() {
            return soort == Soort.TOESTEMMING;
        }

        /** In words, with its articles: "wettelijke taak (WPO art. 18a en WVO 2020 art. 2.47 …)". */
        public String inWoorden() {
            return soort.omschrijving() + " (" + bron + ")";
        }
    }
}
