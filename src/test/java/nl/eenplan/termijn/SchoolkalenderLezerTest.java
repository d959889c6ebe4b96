package nl.eenplan.termijn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;

/** A malformed calendar file stops start-up with a message that names the file and the line. */
class SchoolkalenderLezerTest {

    @TempDir
    Path map;

    @BeforeEach
    void kopieerEchteKalender() throws IOException {
        for (String bestand : new String[] {"feestdagen.csv", "schoolvakanties.csv"}) {
            Files.copy(Path.of("src/main/resources/kalender", bestand), map.resolve(bestand));
        }
    }

    @Test
    void deEchteKalenderIsGoed() {
        assertThat(lees().isVakantie(java.time.LocalDate.of(2027, 7, 20), nl.eenplan.dossier.Regio.NOORD)).isTrue();
    }

    @Test
    void voorlopigeVakantiesStaanInHetBestand() {
        Schoolkalender kalender = lees();
        // 2026-2027 zuid voorjaar and zomer follow the schools' published calendars, pending the official data.
        assertThat(kalender.voorlopig(java.time.LocalDate.of(2027, 2, 1), java.time.LocalDate.of(2027, 8, 31),
                nl.eenplan.dossier.Regio.ZUID)).extracting(Schoolkalender.Vakantie::naam, Schoolkalender.Vakantie::van,
                Schoolkalender.Vakantie::tot).containsExactly(
                org.assertj.core.groups.Tuple.tuple("voorjaarsvakantie", java.time.LocalDate.of(2027, 2, 6),
                        java.time.LocalDate.of(2027, 2, 14)),
                org.assertj.core.groups.Tuple.tuple("zomervakantie", java.time.LocalDate.of(2027, 7, 17),
                        java.time.LocalDate.of(2027, 8, 29)));
        assertThat(kalender.voorlopig(java.time.LocalDate.of(2026, 8, 1), java.time.LocalDate.of(2027, 7, 31),
                nl.eenplan.dossier.Regio.MIDDEN)).isEmpty();
        // Later years are provisional everywhere.
        assertThat(kalender.vakanties(nl.eenplan.dossier.Regio.NOORD).stream()
                .filter(v -> v.van().isAfter(java.time.LocalDate.of(2027, 8, 1))))
                .isNotEmpty().allMatch(Schoolkalender.Vakantie::voorlopig);
    }

    @Test
    void eenBestandZonderStatuskolomIsGoed_allesVastgesteld() throws IOException {
        String zonder = String.join("\n", Files.readAllLines(map.resolve("schoolvakanties.csv")).stream()
                .map(r -> r.startsWith("#") ? r : r.substring(0, r.lastIndexOf(','))).toList());
        Files.writeString(map.resolve("schoolvakanties.csv"), zonder);
        Schoolkalender kalender = lees();
        assertThat(kalender.vakanties(nl.eenplan.dossier.Regio.ZUID)).noneMatch(Schoolkalender.Vakantie::voorlopig);
    }

    @Test
    void eenOnbekendeStatus() throws IOException {
        vervang("schoolvakanties.csv", "2027-2028,NOORD,meivakantie,2028-04-29,2028-05-07,voorlopig",
                "2027-2028,NOORD,meivakantie,2028-04-29,2028-05-07,misschien");
        assertThatThrownBy(this::lees).hasMessageStartingWith("schoolvakanties.csv, regel " + regelVan(
                "schoolvakanties.csv", "misschien") + ":").hasMessageContaining("vastgesteld of voorlopig");
    }

    @Test
    void eenOngeldigeDatumNoemtBestandEnRegel() throws IOException {
        vervang("schoolvakanties.csv", "2025-2026,MIDDEN,herfstvakantie,2025-10-18", "2025-2026,MIDDEN,herfstvakantie,18-10-2025");
        int regel = regelVan("schoolvakanties.csv", "18-10-2025");
        assertThatThrownBy(this::lees).isInstanceOf(SchoolkalenderFout.class)
                .hasMessageStartingWith("schoolvakanties.csv, regel " + regel + ":")
                .hasMessageContaining("18-10-2025");
    }

    @Test
    void eenOnbekendeRegio() throws IOException {
        vervang("schoolvakanties.csv", "2026-2027,ZUID,kerstvakantie", "2026-2027,OOST,kerstvakantie");
        int regel = regelVan("schoolvakanties.csv", "OOST");
        assertThatThrownBy(this::lees).hasMessageStartingWith("schoolvakanties.csv, regel " + regel + ":")
                .hasMessageContaining("NOORD, MIDDEN of ZUID");
    }

    @Test
    void eenOntbrekendeKolom() throws IOException {
        vervang("feestdagen.csv", "2026-12-25,Eerste kerstdag", "2026-12-25");
        int regel = regelVan("feestdagen.csv", "2026-12-25");
        assertThatThrownBy(this::lees).hasMessageStartingWith("feestdagen.csv, regel " + regel + ":");
    }

    @Test
    void eenTotVoorVan() throws IOException {
        vervang("schoolvakanties.csv", "2027-2028,NOORD,meivakantie,2028-04-29,2028-05-07",
                "2027-2028,NOORD,meivakantie,2028-05-07,2028-04-29");
        assertThatThrownBy(this::lees).hasMessageContaining("regel " + regelVan("schoolvakanties.csv",
                "2027-2028,NOORD,meivakantie")).hasMessageContaining("ligt voor");
    }

    @Test
    void eenRegioZonderZomervakantie() throws IOException {
        vervang("schoolvakanties.csv", "2025-2026,ZUID,zomervakantie,2026-07-11,2026-08-23,vastgesteld\n", "");
        assertThatThrownBy(this::lees).hasMessageContaining("2025-2026").hasMessageContaining("ZUID")
                .hasMessageContaining("zomervakantie");
    }

    @Test
    void feestdagenVanEenJaarOntbreken() throws IOException {
        String zonder2027 = String.join("\n", Files.readAllLines(map.resolve("feestdagen.csv")).stream()
                .filter(r -> !r.startsWith("2027-")).toList());
        Files.writeString(map.resolve("feestdagen.csv"), zonder2027);
        assertThatThrownBy(this::lees).hasMessageStartingWith("feestdagen.csv").hasMessageContaining("2027");
    }

    @Test
    void eenVerkeerdeKopregel() throws IOException {
        vervang("feestdagen.csv", "datum,naam", "dag,omschrijving");
        assertThatThrownBy(this::lees).hasMessageStartingWith("feestdagen.csv").hasMessageContaining("kopregel");
    }

    private Schoolkalender lees() {
        return SchoolkalenderLezer.lees(new DefaultResourceLoader(), map.toUri().toString());
    }

    private void vervang(String bestand, String oud, String nieuw) throws IOException {
        String inhoud = Files.readString(map.resolve(bestand));
        assertThat(inhoud).contains(oud);
        Files.writeString(map.resolve(bestand), inhoud.replace(oud, nieuw));
    }

    private int regelVan(String bestand, String tekst) throws IOException {
        var regels = Files.readAllLines(map.resolve(bestand));
        for (int i = 0; i < regels.size(); i++) {
            if (regels.get(i).contains(tekst)) {
                return i + 1;
            }
        }
        throw new AssertionError(tekst + " niet gevonden");
    }
}
