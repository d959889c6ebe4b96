package nl.eenplan.verzuim.duo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.eenplan.verzuim.Meldingsoort;
import org.junit.jupiter.api.Test;

/** The played DUO honours the idempotency key of a submission (DuoVerzuimregister.dienIn). */
class ProefVerzuimregisterTest {

    final ProefVerzuimregister duo = new ProefVerzuimregister(Clock.fixed(Instant.parse("2026-11-06T09:00:00Z"),
            ZoneId.of("Europe/Amsterdam")));

    /** A report's key as Verzuimmelding makes it: a UUID per report, here derived from the id to be the same each time. */
    static DuoVerzuimregister.Melding melding(long id, int indiening) {
        return new DuoVerzuimregister.Melding(id, "D-1", "99ZZ00", Meldingsoort.ZESTIEN_UUR, LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 11, 5), new BigDecimal("16"),
                java.util.UUID.nameUUIDFromBytes((id + "/" + indiening).getBytes()).toString());
    }

    @Test
    void eenIndieningZonderSleutelBestaatNiet() {
        assertThatThrownBy(() -> new DuoVerzuimregister.Melding(1, "D-1", "99ZZ00", Meldingsoort.ZESTIEN_UUR,
                LocalDate.of(2026, 11, 2), null, BigDecimal.ONE, " ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eenTweedeIndieningMetDezelfdeSleutelKrijgtHetEersteAntwoord() {
        DuoVerzuimregister.Indiening eerste = duo.dienIn(melding(12, 1));
        DuoVerzuimregister.Indiening tweede = duo.dienIn(melding(12, 1));
        assertThat(tweede).isEqualTo(eerste);
        assertThat(duo.ingediend()).hasSize(1);
        assertThat(duo.dienIn(melding(13, 1)).kenmerk()).isNotEqualTo(eerste.kenmerk());
        assertThat(duo.ingediend()).hasSize(2);
    }

    @Test
    void eenVerlorenAntwoordWordtBijDeHerhalingAlsnogGegeven() {
        duo.antwoord(ProefVerzuimregister.Antwoord.ONTVANGEN_ZONDER_ANTWOORD);
        assertThatThrownBy(() -> duo.dienIn(melding(14, 1))).isInstanceOf(IllegalStateException.class);
        duo.herstel();
        DuoVerzuimregister.Indiening herhaald = duo.dienIn(melding(14, 1));
        assertThat(herhaald.bevestigd()).isTrue();
        assertThat(herhaald.ingediendOp()).isEqualTo(LocalDate.of(2026, 11, 6));
        assertThat(duo.ingediend()).hasSize(1);
        // Both attempts reached DUO with the report's one key.
        assertThat(duo.pogingen()).extracting(DuoVerzuimregister.Melding::idempotentiesleutel)
                .containsExactly(melding(14, 1).idempotentiesleutel(), melding(14, 1).idempotentiesleutel());
    }

    @Test
    void eenStoringLegtNietsVast() {
        duo.antwoord(ProefVerzuimregister.Antwoord.STORING);
        assertThatThrownBy(() -> duo.dienIn(melding(15, 1))).isInstanceOf(IllegalStateException.class);
        duo.herstel();
        duo.dienIn(melding(15, 1));
        assertThat(duo.ingediend()).hasSize(1);
    }
}
