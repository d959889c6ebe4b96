package nl.eenplan.overstap;

import static org.assertj.core.api.Assertions.assertThat;

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
 * in one statement (DossierService.blok: two round trips per pupil).
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
        assertThat(rondreizen).as("rondreizen per leerling").isLessThan(2.0);
        assertThat(statements).as("statements per leerling").isLessThan(21.0);
    }
}
