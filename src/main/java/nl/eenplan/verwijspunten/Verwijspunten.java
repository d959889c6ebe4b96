package nl.eenplan.verwijspunten;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.eenplan.dossier.SchoolService;
import nl.eenplan.web.NietGevondenException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The referral points parents are entitled to hear of (issue #23, docs/werken-met-eenplan.md "Waar ouders terecht
 * kunnen"), in Dutch, in ONE place: what each is for and its public contact. Letters, notifications and pages take
 * their text from here, so a change (a new address, a new steunpunt) is made once.
 * <ul>
 *   <li>{@link #voorBrief(Soort, String)}: the paragraph a letter to the parents must contain after this kind of
 *   decision, for the pupil's samenwerkingsverband (its own ouder- en jeugdsteunpunt); {@link #voorBrief(Soort)}
 *   without a known SWV (the default steunpunt text);</li>
 *   <li>{@link #alineaVoorMelding(Soort, String)}: the same for the SWV of a school (by BRIN), as the closing
 *   paragraph of a notification;</li>
 *   <li>{@link #voor(Soort, String)}: the same as a list, for a page that shows them one by one;
 *   {@link #alle(String)} all of them.</li>
 * </ul>
 * The ouder- en jeugdsteunpunt is per SWV: {@code eenplan.verwijspunten.ouder-en-jeugdsteunpunt} is the default text,
 * {@code eenplan.verwijspunten.steunpunten} a list of {@code samenwerkingsverband} (its name as the school has it) and
 * {@code tekst} (docs/beheer.md).
 */
@Component
public class Verwijspunten {

    /** After what the parents are told, and so which referral points their letter must name. */
    public enum Soort {
        /** The board refused admission, or offered a place at another school (WPO art. 40, WVO 2020, WEC art. 40). */
        TOELATING_GEWEIGERD,
        /** The board extended its 6 weeks once by 4 (the parents are told in writing, WPO art. 40). */
        TOELATING_VERLENGD,
        /** No decision within the (extended) term: the pupil is enrolled temporarily at the school applied to. */
        TIJDELIJK_INGESCHREVEN,
        /** The SWV refused an arrangement (the education part): objection at the SWV. */
        ARRANGEMENT_AFGEWEZEN,
        /** The SWV refused a toelaatbaarheidsverklaring: objection at the SWV, which asks the LBT's advice. */
        TLV_AFGEWEZEN,
        /** The gemeente refused the care part (Jeugdwet): objection at the gemeente (Awb). */
        ZORGDEEL_AFGEWEZEN,
        /** The parents do not agree with the OPP (its handelingsdeel, instemming since 1 August 2017). */
        OPP_GEEN_INSTEMMING,
        /** A pupil without education, or at risk of it (the thuiszitterstafel). */
        THUISZITTER
    }

    /** One referral point: its name, what parents can go there for, and how to reach it. */
    public record Verwijspunt(String naam, String waarvoor, String contact) {

        /** As one sentence in a letter or notification. */
        public String alsZin() {
            return (naam + ": " + waarvoor + " " + contact).strip();
        }
    }

    /** A steunpunt of one samenwerkingsverband, from the configuration. */
    public record Steunpunt(String samenwerkingsverband, String tekst) {
    }

    /** The default text of the ouder- en jeugdsteunpunt when the SWV set none. */
    static final String STANDAARD_STEUNPUNT = "onafhankelijke informatie en steun voor ouders en jongeren over passend "
            + "onderwijs in uw regio: uw rechten, de mogelijkheden en met wie u kunt praten.";

    static final Verwijspunt ONDERWIJSCONSULENTEN = new Verwijspunt("Onderwijsconsulenten",
            "gratis en onafhankelijk advies en bemiddeling als u met de school of het samenwerkingsverband geen passende "
                    + "plek vindt, of als uw kind thuiszit of dreigt thuis te komen zitten.",
            "Meer informatie en aanmelden: www.onderwijsconsulenten.nl.");

    static final Verwijspunt GESCHILLENCOMMISSIE = new Verwijspunt("Geschillencommissie Passend Onderwijs",
            "een oordeel over een geschil met het schoolbestuur over de (weigering van) toelating van een leerling die "
                    + "extra ondersteuning nodig heeft, over verwijdering, of over het ontwikkelingsperspectief (OPP). "
                    + "Dien het geschil in binnen 6 weken na het besluit. De commissie geeft haar oordeel binnen 10 "
                    + "weken (WPO art. 43 lid 3); over een weigering van toelating beslist het bestuur pas daarna op uw "
                    + "bezwaar (WPO art. 43 lid 4).",
            "Onderwijsgeschillen, www.onderwijsgeschillen.nl.");

    static final Verwijspunt LBT = new Verwijspunt("Landelijke Bezwaaradviescommissie Toelaatbaarheid (LBT)",
            "maakt u bezwaar tegen het besluit over de toelaatbaarheidsverklaring (TLV), dan vraagt het "
                    + "samenwerkingsverband deze onafhankelijke commissie om advies voordat het opnieuw beslist. Maak het "
                    + "bezwaar binnen 6 weken na de dag waarop het besluit is verstuurd of uitgereikt (die datum staat in "
                    + "de brief), bij het samenwerkingsverband.",
            "Onderwijsgeschillen, www.onderwijsgeschillen.nl.");

    private final Environment omgeving;
    private final SchoolService scholen;

    public Verwijspunten(Environment omgeving, SchoolService scholen) {
        this.omgeving = omgeving;
        this.scholen = scholen;
    }

    /**
     * The closing paragraph of a notification that asks the zorgcoördinator for a letter to the parents: what that
     * letter must contain, as {@link #voorBrief(Soort, String)} for the samenwerkingsverband of the school with this
     * BRIN.
     */
    public String alineaVoorMelding(Soort soort, String schoolBrin) {
        return "\n\nDit moet in de brief aan de ouders staan:\n" + voorBrief(soort, samenwerkingsverband(schoolBrin));
    }

    /** The samenwerkingsverband of a school (its name), null when the school or its SWV is not known. */
    public String samenwerkingsverband(String schoolBrin) {
        if (schoolBrin == null) {
            return null;
        }
        try {
            return scholen.haalOp(schoolBrin).samenwerkingsverband();
        } catch (NietGevondenException e) {
            return null;
        }
    }

    /** As {@link #voorBrief(Soort, String)}, when the pupil's samenwerkingsverband is not known. */
    public String voorBrief(Soort soort) {
        return voorBrief(soort, null);
    }

    /**
     * The paragraph a letter to the parents must contain after this kind of decision: where they can go, each with
     * what it is for and its contact. Plain Dutch (B1), addressed to the parents ("u").
     *
     * @param samenwerkingsverband the SWV of the pupil's school (its name), for its own ouder- en jeugdsteunpunt; null
     *                             for the default text
     */
    public String voorBrief(Soort soort, String samenwerkingsverband) {
        return "Hier kunt u terecht:\n" + voor(soort, samenwerkingsverband).stream().map(v -> "- " + v.alsZin())
                .collect(Collectors.joining("\n"));
    }

    /** The referral points for this kind of decision, the most direct route first. */
    public List<Verwijspunt> voor(Soort soort, String samenwerkingsverband) {
        List<Verwijspunt> punten = new ArrayList<>();
        switch (soort) {
            case TOELATING_GEWEIGERD -> {
                // Openbare school: bezwaar (Awb); bijzondere school: verzoek om herziening (WPO art. 63): toelating.Bezwaarregel.
                punten.add(new Verwijspunt("Bezwaar bij het schoolbestuur", "bent u het niet eens met het besluit, "
                        + "dan kunt u binnen 6 weken na de dag waarop de brief is verzonden bezwaar maken bij het bestuur "
                        + "van de school (openbare school) of het bestuur vragen het besluit te herzien (bijzondere "
                        + "school).",
                        "Het adres staat in de brief met het besluit."));
                punten.add(GESCHILLENCOMMISSIE);
            }
            case ARRANGEMENT_AFGEWEZEN -> punten.add(bezwaarSwv());
            case TLV_AFGEWEZEN -> {
                punten.add(bezwaarSwv());
                punten.add(LBT);
            }
            case ZORGDEEL_AFGEWEZEN -> punten.add(new Verwijspunt("Bezwaar bij de gemeente", "bent u het niet eens "
                    + "met het besluit over de jeugdhulp, dan kunt u binnen 6 weken bezwaar maken bij de gemeente waar "
                    + "uw kind woont (Jeugdwet, Algemene wet bestuursrecht).", "Het adres staat in de brief met het "
                    + "besluit."));
            case OPP_GEEN_INSTEMMING -> punten.add(GESCHILLENCOMMISSIE);
            case TOELATING_VERLENGD, TIJDELIJK_INGESCHREVEN, THUISZITTER -> { }
            default -> throw new IllegalArgumentException("Onbekende soort " + soort);
        }
        punten.add(ONDERWIJSCONSULENTEN);
        punten.add(steunpunt(samenwerkingsverband));
        return List.copyOf(punten);
    }

    /** Every referral point, for a page that shows where parents can go in general. */
    public List<Verwijspunt> alle(String samenwerkingsverband) {
        return List.of(ONDERWIJSCONSULENTEN, GESCHILLENCOMMISSIE, LBT, steunpunt(samenwerkingsverband));
    }

    /** The ouder- en jeugdsteunpunt of this SWV (configured per SWV), or the default text. */
    public Verwijspunt steunpunt(String samenwerkingsverband) {
        String naam = samenwerkingsverband == null || samenwerkingsverband.isBlank()
                ? "Ouder- en jeugdsteunpunt van het samenwerkingsverband"
                : "Ouder- en jeugdsteunpunt van " + samenwerkingsverband.strip();
        String tekst = samenwerkingsverband == null ? null : Binder.get(omgeving)
                .bind("eenplan.verwijspunten.steunpunten", Bindable.listOf(Steunpunt.class)).orElse(List.of())
                .stream().filter(s -> s.samenwerkingsverband() != null && s.tekst() != null
                        && s.samenwerkingsverband().strip().toLowerCase(Locale.ROOT)
                        .equals(samenwerkingsverband.strip().toLowerCase(Locale.ROOT)))
                .map(s -> s.tekst().strip()).findFirst().orElse(null);
        if (tekst != null) {
            return new Verwijspunt(naam, tekst, "");
        }
        return new Verwijspunt(naam, omgeving.getProperty("eenplan.verwijspunten.ouder-en-jeugdsteunpunt",
                STANDAARD_STEUNPUNT), "De school of het samenwerkingsverband geeft u de contactgegevens.");
    }

    private static Verwijspunt bezwaarSwv() {
        return new Verwijspunt("Bezwaar bij het samenwerkingsverband", "bent u het niet eens met het besluit, dan "
                + "kunt u binnen 6 weken na de dag waarop het besluit is verstuurd of uitgereikt (die datum staat in de "
                + "brief) bezwaar maken bij het samenwerkingsverband.",
                "Het adres staat in de brief met het besluit.");
    }
}
