package nl.eenplan.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import nl.eenplan.IntegratieTest;
import nl.eenplan.organisatie.Organisaties;
import nl.eenplan.security.GebruikerService;
import nl.eenplan.security.Groepen;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The attack on the monitor's suppression, over HTTP: a gemeente user fetches one school year per school, gemeente,
 * SWV and in total, and tries every sum and difference of the cells shown to get a small cell (fewer than 5
 * pupils) back: a gemeente minus its other schools, the total minus the other gemeenten, an SWV across gemeenten,
 * a total over the reasons minus the other reasons, uitval minus the arrangement requests. None may succeed. (A
 * larger cell suppressed to protect a small one may be partly computable, say its cases but not its share: that
 * gives nothing small away.)
 *
 * <p>The region: six generated schools in three gemeenten and two SWVs that cross them, one school of 4 pupils
 * (everything there is small) and a gemeente with a single school.
 */
class MonitorAanvalIT extends IntegratieTest {

    /** Per school: gemeente and SWV, and the pupils generated there. */
    private record School(String brin, String gemeente, String swv, int leerlingen) {
    }

    private static final List<School> SCHOLEN = List.of(
            new School("92AA00", "Aanvalstad", "SWV Aanval Noord", 40),
            new School("92AB00", "Aanvalstad", "SWV Aanval Zuid", 4),
            new School("92AC00", "Aanvaldorp", "SWV Aanval Noord", 25),
            new School("92AD00", "Aanvaldorp", "SWV Aanval Zuid", 15),
            new School("92AE00", "Aanvaldorp", "SWV Aanval Zuid", 15),
            new School("92AF00", "Aanvalwijk", "SWV Aanval Zuid", 8));

    @Autowired
    Voorbeeldregio regio;
    @Autowired
    GebruikerService gebruikers;
    @Autowired
    Organisaties organisaties;

    /** A cell as the attacker sees it. */
    private record Gezien(String per, String indicator, String groep, String onderdeel, boolean onderdrukt) {
    }

    @Test
    void aftrekkenGeeftNooitEenOnderdrukteCelTerug() {
        gebruikers.maakAlsNieuw("zcAanval", "Test", "Aanval", "demo", Groepen.ZORGCOORDINATOR);
        Map<String, Map<String, Voorbeeldregio.Verwacht>> waarPerSchool = new HashMap<>();
        for (School s : SCHOLEN) {
            waarPerSchool.put(s.brin(), regio.genereer(new Voorbeeldregio.Opdracht(s.gemeente(), s.swv(), List.of(s.brin()),
                    s.leerlingen(), 2023, "zcAanval", s.brin().hashCode())));
        }
        gebruikers.maakAlsNieuw("gemeenteAanval", "Test", "Aanval", "demo", Groepen.GEMEENTE);
        SCHOLEN.stream().map(School::gemeente).distinct()
                .forEach(g -> organisaties.voegToeAanOrganisatie("gemeenteAanval", Organisaties.gemeenteGroep(g)));

        List<Gezien> cellen = new ArrayList<>();
        for (String per : List.of("SCHOOL", "GEMEENTE", "SWV", "TOTAAL")) {
            http().als("gemeenteAanval").get("/api/monitor?periode=2023-2024&per=" + per).json()
                    .forEach(c -> cellen.add(gezien(per, c)));
        }

        // The generator knows each school's true pupils per figure; a group's are the sum of its schools' (a pupil
        // belongs to one school). Those with fewer than 5 are the small cells: none is shown, none can be computed.
        List<Gezien> klein = cellen.stream().filter(c -> leerlingen(c, waarPerSchool) < Indicator.KLEINSTE_CEL).toList();
        assertThat(klein).isNotEmpty().allMatch(Gezien::onderdrukt);
        Map<String, List<Set<String>>> getoond = new HashMap<>();
        cellen.stream().filter(c -> !c.onderdrukt())
                .forEach(c -> getoond.computeIfAbsent(samenhang(c), k -> new ArrayList<>()).add(binnencellen(c, cellen)));
        for (Gezien c : klein) {
            assertThat(Afleidbaar.uit(getoond.getOrDefault(samenhang(c), List.of()), List.of(binnencellen(c, cellen))))
                    .as("%s af te leiden uit %s", c, samenhang(c)).isFalse();
        }

        // Cells of 5 pupils or more were suppressed as well (secondary), or the attack would have worked; but most of
        // them are still shown. (In this small region about half of all cells have fewer than 5 pupils.)
        List<Gezien> groot = cellen.stream().filter(c -> leerlingen(c, waarPerSchool) >= Indicator.KLEINSTE_CEL).toList();
        long secundair = groot.stream().filter(Gezien::onderdrukt).count();
        System.out.printf("Aanval: %d cellen, %d met minder dan 5 leerlingen, %d van de %d andere secundair onderdrukt%n",
                cellen.size(), klein.size(), secundair, groot.size());
        assertThat(secundair).as("secundair onderdrukt").isPositive().isLessThan(groot.size() / 3);
        assertThat(cellen).filteredOn(c -> c.groep().equals("92AB00")).isNotEmpty().allMatch(Gezien::onderdrukt);
    }

    /** The true pupils of a cell: the sum over the schools of its group. */
    private static long leerlingen(Gezien c, Map<String, Map<String, Voorbeeldregio.Verwacht>> waarPerSchool) {
        String sleutel = c.indicator() + (c.onderdeel() == null ? "" : "/" + c.onderdeel());
        return SCHOLEN.stream().filter(s -> inGroep(s, c)).map(s -> waarPerSchool.get(s.brin()).get(sleutel))
                .filter(Objects::nonNull).mapToLong(Voorbeeldregio.Verwacht::leerlingen).sum();
    }

    private static boolean inGroep(School s, Gezien c) {
        return switch (c.per()) {
            case "SCHOOL" -> s.brin().equals(c.groep());
            case "GEMEENTE" -> s.gemeente().equals(c.groep());
            case "SWV" -> s.swv().equals(c.groep());
            default -> true;
        };
    }

    private static Gezien gezien(String per, JsonNode c) {
        return new Gezien(per, c.get("indicator").asText(), c.get("groep").asText(),
                c.hasNonNull("onderdeel") ? c.get("onderdeel").asText() : null, c.get("onderdrukt").asBoolean());
    }

    /** Figures that are sums of one another are attacked together. */
    private static String samenhang(Gezien c) {
        return switch (c.indicator()) {
            case "escalatieTotBeoordeling", "escalatiesPerReden" -> "escalaties";
            case "ingeschrevenNaOverstap", "uitval" -> "uitval";
            case "zorgplichtBinnen6Weken", "zorgplichtBinnen10Weken" -> "zorgplicht";
            default -> c.indicator() + "/" + c.onderdeel();
        };
    }

    /**
     * What the attacker knows a cell to be the sum of: per school of its group that has a cell of this figure
     * (a school without one has none of these cases), the school's cases; for a total per reason, the school's
     * reasons; for uitval, the school's transitions and arrangement requests.
     */
    private static Set<String> binnencellen(Gezien c, List<Gezien> alle) {
        Set<String> uit = new TreeSet<>();
        for (School s : SCHOLEN) {
            if (!inGroep(s, c)) {
                continue;
            }
            switch (c.indicator()) {
                case "escalatiesPerReden" -> voegToeAlsErIs(uit, alle, s, "escalatiesPerReden", c.onderdeel(), "|escalatie|" + c.onderdeel());
                case "escalatieTotBeoordeling" -> alle.stream()
                        .filter(x -> x.per().equals("SCHOOL") && x.groep().equals(s.brin()) && x.indicator().equals("escalatiesPerReden"))
                        .forEach(x -> uit.add(s.brin() + "|escalatie|" + x.onderdeel()));
                case "ingeschrevenNaOverstap" -> voegToeAlsErIs(uit, alle, s, "ingeschrevenNaOverstap", null, "|overstap");
                case "zorgplichtBinnen6Weken", "zorgplichtBinnen10Weken" ->
                        voegToeAlsErIs(uit, alle, s, c.indicator(), null, "|toelating");
                case "uitval" -> {
                    voegToeAlsErIs(uit, alle, s, "ingeschrevenNaOverstap", null, "|overstap");
                    voegToeAlsErIs(uit, alle, s, "uitval", null, "|aanvraag");
                }
                default -> voegToeAlsErIs(uit, alle, s, c.indicator(), c.onderdeel(), "|" + c.indicator() + "|" + c.onderdeel());
            }
        }
        return uit;
    }

    private static void voegToeAlsErIs(Set<String> uit, List<Gezien> alle, School s, String indicator, String onderdeel,
                                       String soort) {
        boolean erIs = alle.stream().anyMatch(x -> x.per().equals("SCHOOL") && x.groep().equals(s.brin())
                && x.indicator().equals(indicator) && Objects.equals(x.onderdeel(), onderdeel));
        if (erIs) {
            uit.add(s.brin() + soort);
        }
    }
}
