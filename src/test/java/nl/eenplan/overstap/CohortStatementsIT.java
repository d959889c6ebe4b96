package nl.eenplan.overstap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Productiehistorie;
import nl.eenplan.Statementteller;
import org.junit.jupiter.api.Test;

/**
 * What a class upload sends to the database per pupil, counted (issue #25; counts, not time, as the machine is shared):
 * round trips (a JDBC batch is one) and statements, from the upload's workers, for pupils that are new to EenPlan.
 * With a flush per line and identity ids it was 11.3 round trips and 26.5 statements per pupil; with the block's
 * records written in one flush, one batch per table (ids from sequences in blocks of 50, V72), and no lookup of a
 * transition for a dossier opened in the same line, 5.7 and 24.6 (H2 and PostgreSQL alike); 5.73 and 24.70 since the
 * monitor's outbox (issue #25, S5: one insert of the block's dossiers when its transaction commits); 3.79 and 22.76
 * since the school's calendar and the zorgcoördinator's existence are read once per block, not per pupil (one round
 * trip), and a new task's group authorization is made without looking it up first (NieuweTaakautorisaties: one);
 * 1.91 and 20.88 since a block looks up its pupils' open dossiers in one query and fetches its new dossiers' numbers
 * in one statement (DossierService.blok: two round trips per pupil); 1.11 and 20.50 since a block is 50 lines, not 20
 * (eenplan.overstap.regels-per-transactie: a block's lookups and commit shared by more pupils).
 */
@Productiehistorie
class CohortStatementsIT extends IntegratieTest {

    static final int KLAS = 100;

    @Test
    void eenNieuweLeerlingKostHoogstensZoveelRondreizen() {
        Klasupload.upload(http(), Klasupload.klas("Warm", 870_000, 20)); // the caches (model, school, users) filled
        Statementteller.opnieuw("cohort-");
        assertThat(Klasupload.upload(http(), Klasupload.klas("Teller", 871_000, KLAS)).get("gestart").asInt())
                .isEqualTo(KLAS);
        Statementteller.Telling telling = Statementteller.telling();
        double rondreizen = telling.rondreizen() / (double) KLAS;
        double statements = telling.statements() / (double) KLAS;
        System.out.printf("Cohortstart per leerling: %.2f rondreizen, %.2f statements%n", rondreizen, statements);
        assertThat(rondreizen).as("rondreizen per leerling").isLessThan(1.25);
        assertThat(statements).as("statements per leerling").isLessThan(20.75);
    }

    /**
     * A line that is wrong in itself (here a date that does not exist, or a school year written wrongly) is answered
     * before its block runs: the block's other lines still start together. Redone line by line, the class's pupils
     * would cost several times the round trips of a clean class.
     */
    @Test
    void eenOnleesbareRegelLaatZijnBlokSamenStarten() {
        Klasupload.upload(http(), Klasupload.klas("Warm", 872_000, 20));
        String klas = Klasupload.klas("Fout", 873_000, KLAS);
        // Two lines with a 13th month and one with the school year as 2026/27 (lines 12, 62 and 82: the header is 1).
        String regel82 = "Fout80;2014-05-01;99ZZ00;PO;8;PO_VO;";
        klas = klas.replace("Fout10;2014-05-01", "Fout10;2014-13-01").replace("Fout60;2014-05-01", "Fout60;2014-13-01")
                .replace(regel82 + "2026-2027", regel82 + "2026/27");
        Statementteller.opnieuw("cohort-");
        JsonNode stand = Klasupload.upload(http(), klas);
        assertThat(stand.get("gestart").asInt()).isEqualTo(KLAS - 3);
        List<Long> fouten = new ArrayList<>();
        stand.get("fouten").forEach(f -> fouten.add(f.get("regel").asLong()));
        assertThat(fouten).containsExactly(12L, 62L, 82L);
        assertThat(stand.at("/fouten/0/melding").asText()).contains("Geboortedatum");
        assertThat(stand.at("/fouten/2/melding").asText()).contains("2026-2027");
        double rondreizen = Statementteller.telling().rondreizen() / (double) (KLAS - 3);
        assertThat(rondreizen).as("rondreizen per gestarte leerling").isLessThan(2.0);
    }
}
