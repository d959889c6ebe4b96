package nl.eenplan.termijn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * processes/overstapkalender.dmn: the statutory dates of a transition pinned with their law, the local ones
 * (warme overdracht, plaatsing, the 1 October check) tested only by their properties.
 */
@DisplayName("overstapkalender.dmn: wettelijke data vast, lokale data naar eigenschappen")
class OverstapkalenderDmnTest {

    static final List<String> SOORTEN = List.of("PO_VO", "VO_MBO");
    static final Pattern AANROEP = Pattern.compile(
            "overstapkalender\\.(deadline|herinnering|moment)\\(\\s*execution\\s*,\\s*'([^']*)'");

    static String xml;
    static DmnDecision tabel;

    @BeforeAll
    static void laad() {
        xml = Tabellen.lees(Tabellen.OVERSTAPKALENDER);
        tabel = Tabellen.beslissing(xml, "overstapkalender");
    }

    @Test
    @DisplayName("voorlopig schooladvies: uiterlijk 31 januari (Wet doorstroomtoetsen po)")
    void voorlopigAdvies_31januari_WetDoorstroomtoetsenPo() {
        wettelijk("PO_VO", "voorlopigAdvies", 1, 31, "Wet doorstroomtoetsen po");
    }

    @Test
    @DisplayName("definitief schooladvies: uiterlijk 24 maart (Wet doorstroomtoetsen po)")
    void definitiefAdvies_24maart_WetDoorstroomtoetsenPo() {
        wettelijk("PO_VO", "definitiefAdvies", 3, 24, "Wet doorstroomtoetsen po");
    }

    @Test
    @DisplayName("aanmelden bij het vo: in de centrale aanmeldweek, uiterlijk 31 maart (Wet doorstroomtoetsen po)")
    void aanmeldenVo_31maart_WetDoorstroomtoetsenPo() {
        wettelijk("PO_VO", "aanmelden", 3, 31, "Wet doorstroomtoetsen po", "25 tot en met 31 maart");
    }

    @Test
    @DisplayName("aanmelden bij het mbo: uiterlijk op 1 april, voor het toelatingsrecht (WEB art. 8.0.1)")
    void aanmeldenMbo_1april_WEBart8_0_1() {
        wettelijk("VO_MBO", "aanmelden", 4, 1, "WEB art. 8.0.1");
    }

    @Test
    @DisplayName("Precies die vier data zijn wettelijk; warme overdracht, plaatsing en de controle zijn lokaal")
    void preciesDezeDatumsZijnWettelijk() {
        Set<String> wettelijk = new TreeSet<>();
        for (String soort : SOORTEN) {
            for (String stap : stappenUitHetModel()) {
                DmnDecisionResultEntries rij = Tabellen.datum(tabel, soort, stap);
                if (rij != null && rij.get(WettelijkeTermijnen.GRONDSLAG) != null) {
                    wettelijk.add(soort + "/" + stap);
                }
            }
        }
        assertThat(wettelijk).containsExactlyInAnyOrder("PO_VO/voorlopigAdvies", "PO_VO/definitiefAdvies",
                "PO_VO/aanmelden", "VO_MBO/aanmelden");
        assertThat(WettelijkeTermijnen.OVERSTAPKALENDER).extracting(d -> d.overstapsoort() + "/" + d.stap() + ": " + d.dag()
                + "-" + d.maand()).containsExactlyInAnyOrder("PO_VO/voorlopigAdvies: 31-1", "PO_VO/definitiefAdvies: 24-3",
                "PO_VO/aanmelden: 31-3", "VO_MBO/aanmelden: 1-4");
    }

    @Test
    @DisplayName("Eigenschappen: elke stap van het model heeft een datum, elke datum bestaat, elke herinnering is 0 of meer")
    void eigenschappen() {
        List<String> problemen = new ArrayList<>();
        for (String stap : stappenUitHetModel()) {
            boolean gevonden = false;
            for (String soort : SOORTEN) {
                DmnDecisionResultEntries rij = Tabellen.datum(tabel, soort, stap);
                if (rij == null) {
                    continue;
                }
                gevonden = true;
                String wie = "De rij voor stap \"" + stap + "\" (" + soort + ")";
                if (!(rij.get("maand") instanceof Number maand) || !(rij.get("dag") instanceof Number dag)) {
                    problemen.add(wie + " mist een maand of dag: vul beide in als getal.");
                    continue;
                }
                try {
                    // Not on 29 February: that day is not in every school year.
                    LocalDate.of(2027, maand.intValue(), dag.intValue());
                } catch (DateTimeException e) {
                    problemen.add(wie + ": dag " + dag + " van maand " + maand + " bestaat niet (niet elk jaar); kies een "
                            + "datum die er elk jaar is.");
                }
                if (!(rij.get("herinneringWerkdagen") instanceof Number herinnering) || herinnering.intValue() < 0) {
                    problemen.add(wie + ": vul bij Herinnering het aantal werkdagen vooraf in (0 of meer).");
                }
            }
            if (!gevonden) {
                problemen.add("overstap.bpmn vraagt de datum van stap \"" + stap + "\", maar overstapkalender.dmn heeft "
                        + "daarvoor geen rij: voeg een rij toe met die stap (overstap leeg = beide soorten).");
            }
        }
        if (!problemen.isEmpty()) {
            fail("processes/overstapkalender.dmn: pas aan in Camunda Modeler:\n- " + String.join("\n- ", problemen));
        }
        assertThat(stappenUitHetModel()).contains("voorlopigAdvies", "aanmelden", "overdracht", "plaatsing", "controle",
                "controleBevestigen");
    }

    @Test
    @DisplayName("De overstapkalender volgt de wet, ook volgens de controle bij het deployen")
    void volgtDeWet() {
        assertThat(WettelijkeTermijnen.afwijkingen(Tabellen.ENGINE, Tabellen.model(xml))).isEmpty();
    }

    private static void wettelijk(String soort, String stap, int maand, int dag, String... grondslag) {
        DmnDecisionResultEntries rij = Tabellen.datum(tabel, soort, stap);
        assertThat(rij).as(soort + "/" + stap).isNotNull();
        assertThat(((Number) rij.get("maand")).intValue()).as("maand").isEqualTo(maand);
        assertThat(((Number) rij.get("dag")).intValue()).as("dag").isEqualTo(dag);
        assertThat((String) rij.get(WettelijkeTermijnen.GRONDSLAG)).as("grondslag").contains(grondslag);
    }

    /** The steps the models ask the overstapkalender for. */
    static Set<String> stappenUitHetModel() {
        Set<String> stappen = new TreeSet<>();
        try (Stream<Path> modellen = Files.list(Tabellen.MODELLEN)) {
            for (Path bpmn : modellen.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                Matcher m = AANROEP.matcher(Files.readString(bpmn).replace("&#39;", "'"));
                while (m.find()) {
                    stappen.add(m.group(2));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stappen;
    }
}
