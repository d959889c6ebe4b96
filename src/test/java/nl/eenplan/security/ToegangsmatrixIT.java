package nl.eenplan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.eenplan.IntegratieTest;
import nl.eenplan.Testdossiers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Need-to-know as a matrix: for every group and every kind of data, allowed (200) or refused (403),
 * asserted against the running application over HTTP. {nr} is a pupil's dossier.
 */
class ToegangsmatrixIT extends IntegratieTest {

    static final List<String> GROEPEN = List.of("zorgcoordinator", "mentor", "jeugdhulp", "swv", "gemeente",
            "leerplicht", "procesbeheer", "admin");

    String nummer;

    @BeforeEach
    void eenDossier() {
        nummer = http().als("zorgcoordinator").post("/api/dossiers", Testdossiers.nieuw()).json().get("nummer").asText();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // path,                              zc,  mentor, jeugdhulp, swv, gemeente, leerplicht, procesbeheer, admin
            "/api/dossiers/{nr},                   200, 200,    403,       403, 403,      403,        403,          403",
            "/api/dossiers/{nr}/toestemmingen,     200, 200,    403,       403, 403,      403,        403,          403",
            "/api/dossiers/{nr}/aanmeldingen,      200, 200,    403,       403, 403,      403,        403,          403",
            "/api/dossiers/{nr}/verzuim,           200, 200,    403,       403, 403,      403,        403,          403",
            "/api/dossiers/{nr}/mdo,               200, 200,    403,       403, 403,      403,        403,          403",
            "/api/dossiers/{nr}/escalaties,        200, 200,    403,       403, 403,      403,        403,          403",
            "/api/escalaties,                      403, 403,    403,       403, 403,      200,        403,          403",
            "/api/dossiers/{nr}/inzage,            403, 403,    403,       403, 403,      403,        403,          200",
            "/api/audit,                           403, 403,    403,       403, 403,      403,        403,          200",
            "/api/monitor?periode=2026-2027,        403, 403,    403,       200, 200,      403,        200,          403",
            "/api/taken,                           200, 200,    200,       200, 200,      200,        200,          200",
            "/api/meldingen,                       200, 200,    200,       200, 200,      200,        200,          200"})
    void wieMagWatZien(String pad, int zc, int mentor, int jeugdhulp, int swv, int gemeente, int leerplicht,
                       int procesbeheer, int admin) {
        List<Integer> verwacht = List.of(zc, mentor, jeugdhulp, swv, gemeente, leerplicht, procesbeheer, admin);
        for (int i = 0; i < GROEPEN.size(); i++) {
            String groep = GROEPEN.get(i);
            int status = http().als(groep).get(pad.replace("{nr}", nummer)).status();
            assertThat(status).as("%s als %s", pad, groep).isEqualTo(verwacht.get(i));
        }
        assertThat(http().get(pad.replace("{nr}", nummer)).status()).as("zonder aanmelding").isEqualTo(401);
    }
}
