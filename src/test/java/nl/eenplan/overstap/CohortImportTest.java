package nl.eenplan.overstap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The progress of a class upload as its uploader sees it. */
class CohortImportTest {

    static final Instant MOMENT = Instant.parse("2026-06-15T08:00:00Z");

    @Test
    void eenAfgerondeUploadBlijftAfgerondOokAlsEenWerkerNaHetStoppenNogVoortgangMeldt() {
        CohortImport upload = new CohortImport("klas.csv", "zorgcoordinator", MOMENT, 40);
        upload.voortgang(20, 20, 0, "[]", false);
        assertThat(upload.getStatus()).isEqualTo(CohortImport.Status.BEZIG);

        upload.voortgang(40, 39, 1, "[]", true);
        // A worker interrupted while the node stopped reports what it had counted before the end.
        upload.voortgang(30, 30, 0, "[]", false);

        assertThat(upload.getStatus()).isEqualTo(CohortImport.Status.KLAAR);
        assertThat(upload.getVerwerkt()).isEqualTo(40);
        assertThat(upload.getGestart()).isEqualTo(39);
    }
}
