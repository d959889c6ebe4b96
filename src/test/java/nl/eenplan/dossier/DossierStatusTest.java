package nl.eenplan.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import org.junit.jupiter.api.Test;

/**
 * The pupil list's "open first, then newest" is "status descending, id descending" (Dossierlijst.Volgorde.OPEN_EERST),
 * so V79's index (school_id, status, id) serves it read backwards. That holds while a dossier is OPEN or GESLOTEN and
 * OPEN, as stored (by name), sorts last. A new status must come with a new look at that order and its index.
 */
class DossierStatusTest {

    @Test
    void openSorteertAlsLaatsteZodatAflopendOpenEerstIs() {
        assertThat(Dossier.Status.values()).containsExactlyInAnyOrder(Dossier.Status.OPEN, Dossier.Status.GESLOTEN);
        assertThat(Arrays.stream(Dossier.Status.values()).map(Enum::name).max(Comparator.naturalOrder()))
                .hasValue(Dossier.Status.OPEN.name());
    }
}
