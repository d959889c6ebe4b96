package nl.eenplan.paginas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.DossierService.PassendeDossiers;
import nl.eenplan.dossier.Leerlingidentiteit;
import nl.eenplan.paginas.Werkoverzicht.Zoekbereik;
import nl.eenplan.security.Toegang;
import nl.eenplan.taak.Lijstdossiers;
import nl.eenplan.taak.TaakService;
import nl.eenplan.taak.TaakView;
import nl.eenplan.taak.Takenpagina;
import org.junit.jupiter.api.Test;

/**
 * Where Mijn werk's search looks (issue #25), and what the page is told: every task when the list is short; past the
 * first 500 the tasks of the matching pupils of the user's schools too, unless too many pupils match, the text is part
 * of a dossier number, or the user also works in a tenant that is no school; a whole dossier number finds that pupil's
 * tasks wherever they are; the first 100 tasks found are shown
 * (MijnWerkZoekenIT shows the whole path on a database).
 */
class WerkoverzichtZoekenTest {

    private static final Aangemeld WIE = new Aangemeld("zc", List.of("zorgcoordinator"));

    private final TaakService taken = mock(TaakService.class);
    private final DossierService dossiers = mock(DossierService.class);
    private final Toegang toegang = mock(Toegang.class);
    private final Werkoverzicht werk = new Werkoverzicht(taken, dossiers, toegang);

    WerkoverzichtZoekenTest() {
        when(toegang.zicht()).thenReturn(new Toegang.Zicht(false, Set.of("97MZ00")));
        when(toegang.inGroep(Werkoverzicht.LEERLINGENLIJST)).thenReturn(true);
        // Every dossier number is a pupil named after it: "Leerling 2026-00007".
        when(dossiers.identiteiten(anyCollection())).thenAnswer(a -> {
            Collection<String> nummers = a.getArgument(0);
            return nummers.stream().collect(Collectors.toMap(n -> n, n -> new Leerlingidentiteit(n,
                    "Leerling " + n, null, null, "97MZ00", "Zoekschool", null, null, null, false, null, null)));
        });
    }

    @Test
    void eenKorteLijstIsHeelDoorzochtZonderDeLeerlingenTeZoeken() {
        lijst(0, 300, false);
        toont(reeks(40, 50), false);
        Werkoverzicht.Werkpagina gevonden = werk.zoek(WIE, "2026-0004");

        assertThat(nummers(gevonden)).containsExactlyElementsOf(reeks(40, 50));
        assertThat(gevonden.bereik()).isEqualTo(Zoekbereik.ALLES);
        assertThat(gevonden.afgekapt()).isFalse();
        verify(dossiers, never()).passend(anyString(), anyInt());
    }

    @Test
    void eenDeelVanEenDossiernummerZoektInDeEersteVijfhonderd_enZegtDat() {
        lijst(0, 500, true);
        when(dossiers.passend("2026-0004", Werkoverzicht.LEERLINGGRENS))
                .thenReturn(new PassendeDossiers(List.of(), false, true, true));
        toont(reeks(40, 50), false);

        Werkoverzicht.Werkpagina gevonden = werk.zoek(WIE, "2026-0004");
        assertThat(nummers(gevonden)).containsExactlyElementsOf(reeks(40, 50));
        assertThat(gevonden.bereik()).isEqualTo(Zoekbereik.DEEL_VAN_NUMMER);
        assertThat(gevonden.afgekapt()).isTrue();
        // Ten pupils match, the page is not full: all 500 names were looked at, in three look-ups (101, 202, the rest).
        verify(dossiers).identiteiten(reeks(0, 101));
        verify(dossiers).identiteiten(reeks(101, 303));
        verify(dossiers).identiteiten(reeks(303, 500));
        // The lines shown take their names from those look-ups: none is read a second time.
        verify(dossiers, times(3)).identiteiten(anyCollection());
        assertThat(gevonden.regels()).allSatisfy(r -> assertThat(r.leerling()).startsWith("Leerling "));
    }

    @Test
    void voorbijDeEersteVijfhonderdDeTakenVanDeGevondenLeerlingen() {
        lijst(0, 500, true);
        when(dossiers.passend("naam", Werkoverzicht.LEERLINGGRENS))
                .thenReturn(new PassendeDossiers(List.of(nummer(700)), false, true, false));
        toont(List.of(nummer(700)), false);

        Werkoverzicht.Werkpagina gevonden = werk.zoek(WIE, "naam");
        assertThat(nummers(gevonden)).containsExactly(nummer(700));
        assertThat(gevonden.bereik()).isEqualTo(Zoekbereik.ALLES);
        assertThat(gevonden.afgekapt()).isFalse();
        // A pupil found past the first tasks: its name read for its line, on its own.
        verify(dossiers).identiteiten(List.of(nummer(700)));
        assertThat(gevonden.regels().get(0).leerling()).isEqualTo("Leerling " + nummer(700));
    }

    @Test
    void meerDanEenPaginaGevondenInDeEersteTakenIsGenoeg_zonderDeLeerlingenlijst() {
        lijst(0, 500, true);
        // Every pupil is named "Leerling …": the first 101 looked at already fill the page and say there is more.
        when(taken.vanDossiers(eq(Set.copyOf(reeks(0, 101))), eq("zc"), any(), eq(100)))
                .thenReturn(new Takenpagina(taken(reeks(0, 100)), 0, true));

        Werkoverzicht.Werkpagina gevonden = werk.zoek(WIE, "leerling");
        assertThat(nummers(gevonden)).containsExactlyElementsOf(reeks(0, 100));
        assertThat(gevonden.bereik()).isEqualTo(Zoekbereik.ALLES);
        assertThat(gevonden.meerGevonden()).as("more tasks than a page: the page says so").isTrue();
        verify(dossiers).identiteiten(reeks(0, 101));
        verify(dossiers, never()).identiteiten(reeks(101, 303));
        verify(dossiers, never()).passend(anyString(), anyInt());
    }

    /** The boundary: 100 matches do not fill the page (its "meer" needs a 101st), so the search goes on. */
    @Test
    void honderdGevondenIsNietGenoeg_deEenhonderdeneersteInHetTweedeDeelWel() {
        lijst(0, 500, true);
        // Pupils 0-99 and 150 are named "Treffer …", the others "Anders …".
        when(dossiers.identiteiten(anyCollection())).thenAnswer(a -> {
            Collection<String> nummers = a.getArgument(0);
            return nummers.stream().collect(Collectors.toMap(n -> n, n -> new Leerlingidentiteit(n,
                    (treffer(n) ? "Treffer " : "Anders ") + n, null, null, "97MZ00", "Zoekschool", null, null, null,
                    false, null, null)));
        });
        List<String> gevondenNummers = new java.util.ArrayList<>(reeks(0, 100));
        gevondenNummers.add(nummer(150));
        when(taken.vanDossiers(eq(Set.copyOf(gevondenNummers)), eq("zc"), any(), eq(100)))
                .thenReturn(new Takenpagina(taken(reeks(0, 100)), 0, true));

        Werkoverzicht.Werkpagina gevonden = werk.zoek(WIE, "treffer");
        assertThat(nummers(gevonden)).containsExactlyElementsOf(reeks(0, 100));
        assertThat(gevonden.bereik()).isEqualTo(Zoekbereik.ALLES);
        verify(dossiers).identiteiten(reeks(0, 101));
        verify(dossiers).identiteiten(reeks(101, 303));
        verify(dossiers, never()).identiteiten(reeks(303, 500));
        verify(dossiers, never()).passend(anyString(), anyInt());
    }

    private boolean treffer(String nummer) {
        int i = Integer.parseInt(nummer.substring(5));
        return i < 100 || i == 150;
    }

    @Test
    void teVeelLeerlingenMetMinderDanEenPaginaAanTakenZegtWaarGezochtIs() {
        lijst(0, 500, true);
        when(dossiers.passend("leerling 2026-0004", Werkoverzicht.LEERLINGGRENS))
                .thenReturn(new PassendeDossiers(List.of(nummer(700)), true, true, false));
        toont(reeks(40, 50), false);

        Werkoverzicht.Werkpagina gevonden = werk.zoek(WIE, "leerling 2026-0004");
        assertThat(nummers(gevonden)).containsExactlyElementsOf(reeks(40, 50));
        assertThat(gevonden.bereik()).isEqualTo(Zoekbereik.EERSTE_TAKEN);
        assertThat(gevonden.afgekapt()).isTrue();
    }

    @Test
    void wieDeLeerlingenlijstNietMagOpenenZoektInDeEersteVijfhonderd_enHoortNietsOverLeerlingen() {
        when(toegang.inGroep(Werkoverzicht.LEERLINGENLIJST)).thenReturn(false);
        lijst(0, 500, true);
        toont(reeks(40, 50), false);

        Werkoverzicht.Werkpagina gevonden = werk.zoek(WIE, "leerling 2026-0004");
        assertThat(nummers(gevonden)).containsExactlyElementsOf(reeks(40, 50));
        assertThat(gevonden.bereik()).isEqualTo(Zoekbereik.ALLEEN_EERSTE_TAKEN);
        verify(dossiers, never()).passend(anyString(), anyInt());
    }

    @Test
    void eenTenantDieGeenSchoolIsWordtInDeEersteVijfhonderdDoorzocht() {
        lijst(0, 500, true);
        when(dossiers.passend("leerling 2026-0004", Werkoverzicht.LEERLINGGRENS))
                .thenReturn(new PassendeDossiers(List.of(), false, false, false));
        toont(reeks(40, 50), false);

        Werkoverzicht.Werkpagina gevonden = werk.zoek(WIE, "leerling 2026-0004");
        assertThat(nummers(gevonden)).containsExactlyElementsOf(reeks(40, 50));
        assertThat(gevonden.bereik()).isEqualTo(Zoekbereik.EERSTE_TAKEN_EN_SCHOLEN);
    }

    @Test
    void eenNummerZonderDossierWordtNogGevonden() {
        when(dossiers.identiteiten(anyCollection())).thenReturn(Map.of());
        toont(List.of(nummer(42)), false);

        assertThat(nummers(werk.zoek(WIE, "2026-00042"))).containsExactly(nummer(42));
    }

    /**
     * A whole dossier number names one pupil, as on the page Leerlingen: that pupil's tasks, wherever they stand in the
     * list, read by their dossier; no pupil's name is read to find them, only the name of the line shown.
     */
    @Test
    void eenHeelDossiernummerLeestDeTakenVanDatDossier_zonderNamenTeLezen() {
        lijst(0, 500, true);
        toont(List.of(nummer(700)), false);

        Werkoverzicht.Werkpagina gevonden = werk.zoek(WIE, " 2026-00700 ");
        assertThat(nummers(gevonden)).containsExactly(nummer(700));
        assertThat(gevonden.bereik()).isEqualTo(Zoekbereik.ALLES);
        assertThat(gevonden.afgekapt()).isFalse();
        verify(taken, never()).dossiersVanLijst(anyString(), any(), anyInt());
        verify(dossiers, never()).passend(anyString(), anyInt());
        verify(dossiers).identiteiten(List.of(nummer(700)));
        verify(dossiers, times(1)).identiteiten(anyCollection());
    }

    /**
     * Who may not open the pupil list (a leerplicht officer) finds the tasks of a dossier number past the first 500
     * as well: they are their own tasks, and the search tells nothing about the schools' pupils.
     */
    @Test
    void eenHeelDossiernummerZoektOokVoorWieDeLeerlingenlijstNietMagOpenen() {
        when(toegang.inGroep(Werkoverzicht.LEERLINGENLIJST)).thenReturn(false);
        lijst(0, 500, true);
        toont(List.of(nummer(700)), true);

        Werkoverzicht.Werkpagina gevonden = werk.zoek(WIE, "2026-00700");
        assertThat(nummers(gevonden)).containsExactly(nummer(700));
        assertThat(gevonden.bereik()).isEqualTo(Zoekbereik.ALLES);
        assertThat(gevonden.meerGevonden()).as("more tasks of that pupil than a page").isTrue();
        verify(dossiers, never()).passend(anyString(), anyInt());
    }

    /** The user's list: the pupils of its first 500 tasks (one task each), and whether it goes on. */
    private void lijst(int van, int tot, boolean meer) {
        when(taken.dossiersVanLijst(eq("zc"), any(), eq(500))).thenReturn(new Lijstdossiers(reeks(van, tot), meer));
    }

    /** The tasks shown for exactly these pupils (one each), and whether more follow. */
    private void toont(List<String> nummers, boolean meer) {
        when(taken.vanDossiers(eq(Set.copyOf(nummers)), eq("zc"), any(), eq(100)))
                .thenReturn(new Takenpagina(taken(nummers), 0, meer));
    }

    private List<String> reeks(int van, int tot) {
        return IntStream.range(van, tot).mapToObj(this::nummer).toList();
    }

    private String nummer(int i) {
        return "2026-%05d".formatted(i);
    }

    /** A task for each of these pupils. */
    private List<TaakView> taken(List<String> nummers) {
        return nummers.stream().map(n -> new TaakView("t" + n, "Taak " + n, null, null, "taak", n, null, false, null,
                null)).toList();
    }

    private static List<String> nummers(Werkoverzicht.Werkpagina pagina) {
        return pagina.regels().stream().map(Werkregel::dossierNummer).toList();
    }
}
