package nl.eenplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What people read sends them to EenPlan's pages, never to its API (issue #20): the forms, the pages' templates, the
 * monitor's dashboard, and the code that writes notifications, e-mails and agenda items. API answers for API clients
 * may name API paths; those are not here. A string in a text builder that must name the API for an API client says so
 * with {@value #API_VOOR_CLIENTS} on its line. The texts as they are sent are checked too, by every integration test
 * ({@link IntegratieTest}: no stored notification names the API), MeldingMailIT (the mail) and MdoScenarioIT (the
 * agenda item).
 */
class TekstenVoorMensenTest {

    /** The mark on a line whose API path is data for API clients, not text for people. */
    static final String API_VOOR_CLIENTS = "API-verwijzing voor clients";

    private static final Pattern TEKST = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    /** Classes that write text for people: notifications, e-mails, agenda items. */
    private static final Pattern TEKSTBOUWER = Pattern.compile("NieuweMelding\\.|SimpleMailMessage|new Description\\(");

    @Test
    void formulierenPaginasEnDashboardNoemenDeApiNiet() throws IOException {
        List<String> fouten = new ArrayList<>();
        for (Path map : List.of(Path.of("forms"), Path.of("src/main/resources/templates"),
                Path.of("src/main/resources/monitor"))) {
            assertThat(map).isDirectory();
            for (Path bestand : bestanden(map)) {
                List<String> regels = Files.readAllLines(bestand);
                for (int i = 0; i < regels.size(); i++) {
                    if (regels.get(i).contains("/api/")) {
                        fouten.add(bestand + ":" + (i + 1) + ": " + regels.get(i).strip());
                    }
                }
            }
        }
        assertThat(fouten).as("teksten voor mensen die naar de API verwijzen; verwijs naar de pagina's van EenPlan "
                + "(Mijn werk /, een taak /taken/{id}, een leerling /leerlingen/{nummer}, meldingen /meldingen, een "
                + "escalatie /leerplicht/escalaties/{id})").isEmpty();
    }

    @Test
    void meldingenMailsEnAgendaItemsNoemenDeApiNiet() throws IOException {
        List<String> fouten = new ArrayList<>();
        List<Path> bouwers = new ArrayList<>();
        for (Path bestand : bestanden(Path.of("src/main/java"))) {
            String code = Files.readString(bestand);
            if (!bestand.toString().endsWith(".java") || !TEKSTBOUWER.matcher(code).find()) {
                continue;
            }
            bouwers.add(bestand);
            List<String> regels = code.lines().toList();
            for (int i = 0; i < regels.size(); i++) {
                String regel = regels.get(i);
                if (regel.strip().startsWith("*") || regel.strip().startsWith("//") || regel.contains(API_VOOR_CLIENTS)) {
                    continue;
                }
                Matcher tekst = TEKST.matcher(regel);
                while (tekst.find()) {
                    if (tekst.group().contains("/api")) {
                        fouten.add(bestand + ":" + (i + 1) + ": " + tekst.group());
                    }
                }
            }
        }
        // The scan finds the builders it is about: a renamed class must not make it pass by finding nothing.
        assertThat(bouwers).extracting(p -> p.getFileName().toString()).contains("MdoService.java",
                "ArrangementService.java", "VerzuimService.java", "LeerplichtService.java", "Termijnbewaking.java",
                "MeldingMailer.java");
        assertThat(fouten).as("meldingen, mails en agenda-items die naar de API verwijzen").isEmpty();
    }

    private static List<Path> bestanden(Path map) throws IOException {
        try (Stream<Path> s = Files.walk(map)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
