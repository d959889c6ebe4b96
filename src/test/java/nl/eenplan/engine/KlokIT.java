package nl.eenplan.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import nl.eenplan.Http;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Testdossiers;
import nl.eenplan.Tijd;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * One clock for the engine, the application and validation, started by {@code eenplan.klok.start}; "today"
 * is the Dutch date while the JVM runs in UTC (pom.xml pins both for every test).
 */
class KlokIT extends IntegratieTest {

    @Value("${eenplan.klok.start}")
    String start;

    @AfterEach
    void terug() {
        klok.zetOpStart();
    }

    @Test
    void deTestklokZetDeEngineEnDeApplicatieOpHetzelfdeMoment() {
        klok.zetOpStart();
        // The clock started at the configured moment when this JVM's first context started, and runs on.
        Instant verwacht = OffsetDateTime.parse(start).toInstant();
        assertThat(Duration.between(verwacht, clock.instant())).isPositive().isLessThan(Duration.ofMinutes(30));
        assertThat(Duration.between(ClockUtil.getCurrentTime().toInstant(), clock.instant()).abs())
                .isLessThan(Duration.ofSeconds(1));
        assertThat(clock.getZone()).isEqualTo(Klok.NL);
        assertThat(java.util.TimeZone.getDefault().getID()).as("tests run in a JVM in UTC, as servers do")
                .isEqualTo("UTC");

        // A record the application writes carries the test clock's moment, not the real one.
        Http zc = http().als("zorgcoordinator");
        String nummer = zc.post("/api/dossiers", zonderBsn()).json().get("nummer").asText();
        Instant aangemaakt = Instant.parse(zc.get("/api/dossiers/" + nummer).json().get("aangemaaktOp").asText());
        assertThat(Duration.between(verwacht, aangemaakt)).isPositive().isLessThan(Duration.ofMinutes(30));
    }

    /** At 00:30 on a Saturday in the Netherlands it is still Friday in UTC: Saturday is today, not the future. */
    @Test
    void vandaagIsNaMiddernachtDeNederlandseDatumNietDieVanUtc() {
        ClockUtil.setCurrentTime(Tijd.moment(2026, 11, 28, 0, 30));
        Http zc = http().als("zorgcoordinator");
        String nummer = zc.post("/api/dossiers", zonderBsn()).json().get("nummer").asText();

        Http.Antwoord vandaag = zc.post("/api/dossiers/" + nummer + "/toestemmingen",
                "{\"scope\": \"ONDERSTEUNINGSTEAM\", \"gegevenDoor\": \"OUDERS\", \"vorm\": \"GESPREK\", \"gegevenOp\": \"2026-11-28\"}");
        assertThat(vandaag.status()).as(vandaag.body()).isEqualTo(201);

        Http.Antwoord morgen = zc.post("/api/dossiers/" + nummer + "/toestemmingen",
                "{\"scope\": \"SWV\", \"gegevenDoor\": \"OUDERS\", \"vorm\": \"GESPREK\", \"gegevenOp\": \"2026-11-29\"}");
        assertThat(morgen.status()).isEqualTo(400);
        assertThat(morgen.json().at("/fouten/0/veld").asText()).isEqualTo("gegevenOp");
        assertThat(morgen.json().at("/fouten/0/melding").asText()).contains("toekomst");
    }

    private static String zonderBsn() {
        return Testdossiers.zonderBsn();
    }
}
