package nl.eenplan.arrangement;

import java.util.Map;
import java.util.Set;
import nl.eenplan.taak.Taakafhandeling;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How the tasks of process "arrangement" are completed, whichever screen completes them. */
@Configuration
class ArrangementTaken {

    @Bean
    Taakafhandeling<Invoer.Aanvraag> arrangementAanvraagAfhandeling(ArrangementService a) {
        return voor("aanvraag", Invoer.Aanvraag.class, (taak, in, wie) -> a.aanvraag(taak, in));
    }

    @Bean
    Taakafhandeling<Invoer.Adviezen> adviezenAfhandeling(ArrangementService a) {
        return voor("adviezen", Invoer.Adviezen.class, (taak, in, wie) -> a.adviezen(taak, in));
    }

    @Bean
    Taakafhandeling<Invoer.Besluitvorming> besluitOnderwijsAfhandeling(ArrangementService a) {
        return voor("besluitOnderwijs", Invoer.Besluitvorming.class, (taak, in, wie) -> a.besluit(taak, "ONDERWIJS", in));
    }

    @Bean
    Taakafhandeling<Invoer.Besluitvorming> besluitZorgAfhandeling(ArrangementService a) {
        return voor("besluitZorg", Invoer.Besluitvorming.class, (taak, in, wie) -> a.besluit(taak, "ZORG", in));
    }

    @Bean
    Taakafhandeling<Invoer.Verlenging> verlengenAfhandeling(ArrangementService a) {
        return voor("verlengen", Invoer.Verlenging.class, (taak, in, wie) -> a.verlenging(taak, in));
    }

    @Bean
    Taakafhandeling<Invoer.Gedaan> oudersInformerenAfhandeling() {
        return voor("oudersInformeren", Invoer.Gedaan.class, (taak, in, wie) -> Map.of("oudersGeinformeerd", true));
    }

    @Bean
    Taakafhandeling<Invoer.Opp> oppAfhandeling(ArrangementService a) {
        return voor("opp", Invoer.Opp.class, (taak, in, wie) -> a.opp(taak, in));
    }

    @Bean
    Taakafhandeling<Invoer.Evaluatie> arrangementEvaluatieAfhandeling(ArrangementService a) {
        return voor("evalueren", Invoer.Evaluatie.class, a::evaluatie);
    }

    @Bean
    Taakafhandeling<Invoer.Afsluiting> afsluitingAfhandeling(ArrangementService a) {
        return voor("afsluiten", Invoer.Afsluiting.class, (taak, in, wie) -> a.afsluiting(taak, in));
    }

    private static <T> Taakafhandeling<T> voor(String taak, Class<T> soort, Taakafhandeling.Verwerking<T> verwerking) {
        return Taakafhandeling.voor(ArrangementService.PROCES, Set.of(taak), soort, verwerking);
    }
}
