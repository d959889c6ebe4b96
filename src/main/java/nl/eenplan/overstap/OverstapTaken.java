package nl.eenplan.overstap;

import java.util.Set;
import nl.eenplan.taak.Taakafhandeling;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How the tasks of process "overstap" are completed, whichever screen completes them. */
@Configuration
class OverstapTaken {

    @Bean
    Taakafhandeling<Invoer.Advies> schooladviesAfhandeling(OverstapService o) {
        return Taakafhandeling.voor(OverstapService.PROCES, Set.of("voorlopigAdvies", "definitiefAdvies"),
                Invoer.Advies.class, (taak, in, wie) -> o.advies(taak, in.advies()));
    }

    @Bean
    Taakafhandeling<Invoer.Overstapdossier> overstapdossierAfhandeling(OverstapService o) {
        return voor("overstapdossier", Invoer.Overstapdossier.class, (taak, in, wie) -> o.overstapdossier(taak, in));
    }

    @Bean
    Taakafhandeling<Invoer.OudersGezien> oudersGezienAfhandeling(OverstapService o) {
        return voor("oudersLatenZien", Invoer.OudersGezien.class, (taak, in, wie) -> o.oudersGezien(taak, in));
    }

    @Bean
    Taakafhandeling<Invoer.Overdracht> overstapOverdrachtAfhandeling(OverstapService o) {
        return voor("warmeOverdracht", Invoer.Overdracht.class, (taak, in, wie) -> o.overdracht(taak, in));
    }

    @Bean
    Taakafhandeling<Invoer.Plaatsing> plaatsingAfhandeling(OverstapService o) {
        return voor("plaatsing", Invoer.Plaatsing.class, (taak, in, wie) -> o.plaatsing(taak, in));
    }

    @Bean
    Taakafhandeling<Invoer.Controle> controleAfhandeling(OverstapService o) {
        return voor("controle", Invoer.Controle.class, (taak, in, wie) -> o.controle(taak, in));
    }

    private static <T> Taakafhandeling<T> voor(String taak, Class<T> soort, Taakafhandeling.Verwerking<T> verwerking) {
        return Taakafhandeling.voor(OverstapService.PROCES, Set.of(taak), soort, verwerking);
    }
}
