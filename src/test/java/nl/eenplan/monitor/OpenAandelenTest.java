package nl.eenplan.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.eenplan.monitor.OpenAandelen.Stap;
import org.junit.jupiter.api.Test;

/**
 * Issue #25 (V88): a share's cases not decided yet as steps in time ({@link OpenAandelen}). A case counts as "no" from
 * its {@code nee_vanaf} on, not a microsecond before; its pupil once, at the first of its open cases, and not at all
 * when the dossier has a decided case in the cell.
 */
class OpenAandelenTest {

    private static final Instant EERSTE = Instant.parse("2024-12-24T23:00:00Z");
    private static final Instant TWEEDE = Instant.parse("2025-07-31T22:00:00Z");

    @Test
    void eenLeerlingTeltEenKeerBijZijnEersteOpenZaakEnNietAlsHijAlBeslistIs() {
        OpenAandelen.Opbouw cel = new OpenAandelen.Opbouw();
        cel.zaak(10, TWEEDE);
        cel.zaak(10, EERSTE); // the same pupil: counted from the first
        cel.zaak(11, TWEEDE);
        cel.zaak(12, EERSTE); // has a decided case in the cell: counted there already

        assertThat(cel.stappen(Set.of(12L))).containsExactly(
                new Stap(OpenAandelen.micros(EERSTE), 2, 1),
                new Stap(OpenAandelen.micros(TWEEDE), 2, 1));
    }

    @Test
    void eenZaakTeltVanafZijnMomentEnGeenMicrosecondeEerder() {
        OpenAandelen.Opbouw opbouw = new OpenAandelen.Opbouw();
        opbouw.zaak(10, EERSTE);
        opbouw.zaak(11, TWEEDE);
        byte[] bytes = OpenAandelen.schrijf(List.of(
                new OpenAandelen.Cel("warmeOverdrachtVoorSchooljaar", null, opbouw.stappen(Set.of())),
                new OpenAandelen.Cel("thuiszittersTerugBinnen12Weken", "Ongeoorloofd verzuim (ná melding)",
                        List.of(new Stap(OpenAandelen.micros(TWEEDE), 3, 0)))));

        assertThat(geteld(bytes, EERSTE.minusNanos(1000))).as("een microseconde ervoor").isEmpty();
        assertThat(geteld(bytes, EERSTE)).containsExactly("warmeOverdrachtVoorSchooljaar|null|1|1");
        assertThat(geteld(bytes, EERSTE.plusNanos(999))).containsExactly("warmeOverdrachtVoorSchooljaar|null|1|1");
        assertThat(geteld(bytes, TWEEDE.minusNanos(1))).containsExactly("warmeOverdrachtVoorSchooljaar|null|1|1");
        assertThat(geteld(bytes, TWEEDE)).containsExactly("warmeOverdrachtVoorSchooljaar|null|2|2",
                "thuiszittersTerugBinnen12Weken|Ongeoorloofd verzuim (ná melding)|3|0");
    }

    @Test
    void deCellenKomenTerugZoalsGeschrevenEnGeenOpenZaakIsVierBytes() {
        List<OpenAandelen.Cel> cellen = List.of(
                new OpenAandelen.Cel("uitval", "", List.of(new Stap(1, 1, 1), new Stap(Long.MAX_VALUE, 7, 0))),
                new OpenAandelen.Cel("termijnGehaald", null, List.of()));
        assertThat(OpenAandelen.lees(OpenAandelen.schrijf(cellen))).isEqualTo(cellen);
        assertThat(OpenAandelen.schrijf(List.of())).hasSize(4);
        assertThat(geteld(OpenAandelen.schrijf(List.of()), TWEEDE)).isEmpty();
    }

    private static List<String> geteld(byte[] bytes, Instant nu) {
        List<String> geteld = new ArrayList<>();
        OpenAandelen.tel(bytes, nu, (indicator, onderdeel, zaken, leerlingen) -> geteld.add(indicator + "|" + onderdeel
                + "|" + zaken + "|" + leerlingen));
        return geteld;
    }
}
