package nl.eenplan.dossier;

import java.util.Arrays;
import java.util.List;

/**
 * One row of the basis table as people read it (the API's {@code /api/grondslagen} and the page {@code /grondslagen}):
 * a flow, what goes, and its basis; for consent the scope and who decides per age.
 */
public record Grondslagrij(Gegevensstroom stroom, String van, String naar, String wat,
                           Gegevensstroom.Grondslag.Soort soort, String grondslag, String bron,
                           Toestemming.Scope toestemmingVoor, String wieBeslist) {

    /** The whole table, in the order of {@link Gegevensstroom}. */
    public static List<Grondslagrij> tabel() {
        return Arrays.stream(Gegevensstroom.values()).map(s -> {
            Gegevensstroom.Grondslag g = s.grondslag();
            return new Grondslagrij(s, s.van(), s.naar(), s.wat(), g.soort(), g.soort().omschrijving(), g.bron(),
                    g.scope(), g.scope() == null ? null : wieBeslist(g.scope().leeftijdsregel()));
        }).toList();
    }

    private static String wieBeslist(Leeftijdsregel regel) {
        return "onder 12: " + Leeftijdsregel.omschrijving(regel.wie(11)) + "; 12 tot 16: "
                + Leeftijdsregel.omschrijving(regel.wie(12)) + "; vanaf 16: " + Leeftijdsregel.omschrijving(regel.wie(16));
    }
}
