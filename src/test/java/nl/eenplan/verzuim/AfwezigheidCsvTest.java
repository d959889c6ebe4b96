package nl.eenplan.verzuim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.eenplan.verzuim.AfwezigheidCsv.Gelezen;
import nl.eenplan.verzuim.AfwezigheidCsv.Regel;
import nl.eenplan.verzuim.AfwezigheidCsv.Soort;
import nl.eenplan.web.OngeldigeInvoerException;
import org.junit.jupiter.api.Test;

/** EenPlan's absence CSV (docs/verzuimimport.md): the file, each line, and a pupil's lines as days. */
class AfwezigheidCsvTest {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 11, 28);
    private static final String KOP = "brin;bsn;voornaam;tussenvoegsel;achternaam;geboortedatum;datum;lesuur;uren;soort;"
            + "registratiedatum\n";

    @Test
    void eenRegelPerDagMetDecimaleKomma_EnDeKolommenInElkeVolgordeEnHoofdletters() {
        List<Gelezen> regels = lees("Soort;DATUM;uren;BRIN;bsn;Extra kolom uit het LAS\n"
                + "ongeoorloofd;2026-11-02;2,5;99ZZ00;111222333;wat dan ook\n"
                + "Luxe;3-11-2026;4.25;99ZZ00;111222333;\n");
        assertThat(regels).hasSize(2).allMatch(g -> g.fouten().isEmpty());
        assertThat(regels.get(0).regel()).isEqualTo(2);
        assertThat(regels.get(0).inhoud().uren()).isEqualByComparingTo("2.5");
        assertThat(regels.get(0).leerling().bsn()).isEqualTo("111222333");
        assertThat(regels.get(1).inhoud().datum()).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(regels.get(1).inhoud().soort()).isEqualTo(Soort.LUXE);
        assertThat(regels.get(1).inhoud().uren()).isEqualByComparingTo("4.25");
    }

    @Test
    void utf8MetEnZonderBom_MaarGeenAndereCodering() {
        String csv = KOP + "99ZZ00;;Zoë;;Jansen;2-3-2014;2026-11-02;;4;ongeoorloofd;\n";
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] metBom = new byte[bom.length + csv.getBytes(StandardCharsets.UTF_8).length];
        System.arraycopy(bom, 0, metBom, 0, 3);
        System.arraycopy(csv.getBytes(StandardCharsets.UTF_8), 0, metBom, 3, metBom.length - 3);
        for (byte[] bestand : List.of(csv.getBytes(StandardCharsets.UTF_8), metBom)) {
            List<Gelezen> regels = lees(bestand);
            assertThat(regels).singleElement().satisfies(g -> {
                assertThat(g.fouten()).isEmpty();
                assertThat(g.leerling().voornaam()).isEqualTo("Zoë");
                assertThat(g.leerling().geboortedatum()).isEqualTo(LocalDate.of(2014, 3, 2));
            });
        }
        assertThatThrownBy(() -> lees(csv.getBytes(StandardCharsets.ISO_8859_1)))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("geen UTF-8");
    }

    @Test
    void eenKopZonderDeNodigeKolommenOfEenLeegBestandWordtAlsGeheelGeweigerd() {
        assertThatThrownBy(() -> lees("brin,bsn,datum,uren,soort\n99ZZ00,111222333,2026-11-02,4,ongeoorloofd\n"))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("mist de kolom");
        assertThatThrownBy(() -> lees("brin;datum;uren;soort\n99ZZ00;2026-11-02;4;ongeoorloofd\n"))
                .hasMessageContaining("bsn, of voornaam, achternaam en geboortedatum");
        assertThatThrownBy(() -> lees(KOP)).hasMessageContaining("geen regels");
        assertThatThrownBy(() -> lees("")).isInstanceOf(OngeldigeInvoerException.class);
    }

    @Test
    void foutePerRegelMetKolomInHetNederlands() {
        List<Gelezen> regels = lees(KOP
                + "99ZZ00;111222333;;;;;31-11-2026;;4;ongeoorloofd;\n"
                + "99ZZ00;111222333;;;;;2026-11-02;;vier;ongeoorloofd;\n"
                + "99ZZ00;111222333;;;;;2026-11-02;;0;ongeoorloofd;\n"
                + "99ZZ00;111222333;;;;;2026-11-02;;25;ongeoorloofd;\n"
                + "99ZZ00;111222333;;;;;2026-11-02;;2,555;ongeoorloofd;\n"
                + "99ZZ00;111222333;;;;;2026-11-02;;2;spijbelen;\n"
                + "99ZZ00;111222333;;;;;2026-12-01;;2;ongeoorloofd;\n"
                + "99ZZ00;111222334;;;;;2026-11-02;;2;ongeoorloofd;\n"
                + "99ZZ00;;Sam;;;;2026-11-02;;2;ongeoorloofd;\n"
                + "99ZZ00;111222333;;;;;2026-11-02;0;;ongeoorloofd;\n"
                + "99ZZ00;111222333;;;;;2026-11-02;;2;ongeoorloofd;29-11-2026\n");
        assertThat(fouten(regels)).containsExactly(
                "2 datum: '31-11-2026' is geen datum; schrijf bijvoorbeeld 2026-11-02 of 2-11-2026.",
                "3 uren: 'vier' is geen aantal uren; geef een getal, bijvoorbeeld 2 of 2,5.",
                "4 uren: Het aantal uren moet groter zijn dan 0.",
                "5 uren: Een dag heeft hoogstens 24 uur.",
                "6 uren: Geef de uren op met hoogstens twee decimalen, bijvoorbeeld 2,5.",
                "7 soort: 'spijbelen' is geen soort verzuim; kies ongeoorloofd, luxe, geoorloofd of ziek.",
                "8 datum: De datum ligt in de toekomst; lees verzuim in als het geweest is.",
                "9 bsn: Het BSN is ongeldig (9 cijfers en de elfproef).",
                "10 bsn: Geef het BSN, of anders voornaam, achternaam en geboortedatum van de leerling.",
                "11 lesuur: Het lesuur is een getal van 1 tot en met 20.",
                "12 registratiedatum: De registratiedatum ligt in de toekomst.");
        // Who a line is about is known when only the day is wrong: the import then stores nothing of that pupil.
        assertThat(regels.get(0).leerling()).isNotNull();
        assertThat(regels.get(0).inhoud()).isNull();
        assertThat(regels.get(7).leerling()).isNull();
    }

    @Test
    void eenBsnZonderVoorloopnulUitEenSpreadsheetEnEenTijdBijDeRegistratiedatum() {
        Gelezen g = lees(KOP + "99ZZ00;12345672;;;;;2026-11-02;;2;ongeoorloofd;2026-11-03 08:15\n").get(0);
        assertThat(g.fouten()).isEmpty();
        assertThat(g.leerling().bsn()).isEqualTo("012345672");
        assertThat(g.inhoud().registratiedatum()).isEqualTo(LocalDate.of(2026, 11, 3));
    }

    @Test
    void perLesuur_telltEenLesuurAlsEenUurEnTeltDeLesurenVanEenDagOp() {
        AfwezigheidCsv.Dagen dagen = AfwezigheidCsv.perDag(List.of(
                lesuur(2, "2026-11-02", 1, null, Soort.ONGEOORLOOFD, "2026-11-02"),
                lesuur(3, "2026-11-02", 2, null, Soort.ONGEOORLOOFD, "2026-11-04"),
                lesuur(4, "2026-11-02", 3, "0.5", Soort.LUXE, null),
                lesuur(5, "2026-11-02", 4, null, Soort.ZIEK, null),
                lesuur(6, "2026-11-03", 1, null, Soort.LUXE, null),
                lesuur(7, "2026-11-04", 1, null, Soort.GEOORLOOFD, null)));
        assertThat(dagen.fouten()).isEmpty();
        assertThat(dagen.geoorloofd()).isEqualTo(2);
        assertThat(dagen.dagen()).hasSize(2);
        AfwezigheidCsv.Dag maandag = dagen.dagen().get(0);
        assertThat(maandag.uren()).isEqualByComparingTo("2.5");
        // Luxe verzuim is ongeoorloofd verzuim too: a day that mixes them counts as ongeoorloofd.
        assertThat(maandag.soort()).isEqualTo(Verzuimsoort.ONGEOORLOOFD);
        assertThat(maandag.registratiedatum()).isEqualTo(LocalDate.of(2026, 11, 4));
        assertThat(maandag.regels()).containsExactly(2L, 3L, 4L);
        assertThat(dagen.dagen().get(1).soort()).isEqualTo(Verzuimsoort.LUXE);
    }

    @Test
    void dubbeleRegels_gelijkTeltEenKeer_andersIsEenFoutOpDeLatereRegel() {
        AfwezigheidCsv.Dagen dagen = AfwezigheidCsv.perDag(List.of(
                dag(2, "2026-11-02", "4"), dag(3, "2026-11-02", "4,00"), dag(4, "2026-11-03", "4"),
                dag(5, "2026-11-03", "3"), lesuur(6, "2026-11-04", 1, null, Soort.ONGEOORLOOFD, null),
                lesuur(7, "2026-11-04", 1, null, Soort.ONGEOORLOOFD, null),
                lesuur(8, "2026-11-04", 1, null, Soort.LUXE, null), dag(9, "2026-11-04", "2")));
        assertThat(dagen.dubbel()).isEqualTo(2);
        assertThat(dagen.fouten()).extracting(f -> f.regel() + " " + f.veld() + ": " + f.melding()).containsExactly(
                "5 datum: Deze dag staat al op regel 4 met andere gegevens; laat één van beide weg.",
                "8 lesuur: Dit lesuur van deze dag staat al op regel 6 met andere gegevens; laat één van beide weg.",
                "9 lesuur: Deze dag staat in het bestand zowel als hele dag als per lesuur (zie regel 6); kies één van "
                        + "beide.");
    }

    @Test
    void deLesurenVanEenDagSamenHoogstens24Uur() {
        List<Regel> regels = new ArrayList<>();
        for (int u = 1; u <= 5; u++) {
            regels.add(lesuur(u + 1, "2026-11-02", u, "5", Soort.ONGEOORLOOFD, null));
        }
        AfwezigheidCsv.Dagen dagen = AfwezigheidCsv.perDag(regels);
        assertThat(dagen.dagen()).isEmpty();
        assertThat(dagen.fouten()).hasSize(5).allMatch(f -> f.melding().contains("samen meer dan 24 uur"));
        // Exactly 24 is allowed.
        regels.set(4, lesuur(6, "2026-11-02", 5, "4", Soort.ONGEOORLOOFD, null));
        assertThat(AfwezigheidCsv.perDag(regels).dagen()).singleElement()
                .satisfies(d -> assertThat(d.uren()).isEqualByComparingTo("24"));
    }

    private static Regel dag(long regel, String datum, String uren) {
        return new Regel(regel, LocalDate.parse(datum), null, new BigDecimal(uren.replace(',', '.')), Soort.ONGEOORLOOFD,
                false, null);
    }

    private static Regel lesuur(long regel, String datum, int lesuur, String uren, Soort soort, String geregistreerd) {
        return new Regel(regel, LocalDate.parse(datum), lesuur, uren == null ? BigDecimal.ONE : new BigDecimal(uren),
                soort, false, geregistreerd == null ? null : LocalDate.parse(geregistreerd));
    }

    private static List<String> fouten(List<Gelezen> regels) {
        return regels.stream().flatMap(g -> g.fouten().stream()).map(f -> f.regel() + " " + f.veld() + ": "
                + f.melding()).toList();
    }

    private static List<Gelezen> lees(String csv) {
        return lees(csv.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Gelezen> lees(byte[] bestand) {
        List<Gelezen> regels = new ArrayList<>();
        AfwezigheidCsv.lees(new ByteArrayInputStream(bestand), VANDAAG, regels::add);
        return regels;
    }
}
