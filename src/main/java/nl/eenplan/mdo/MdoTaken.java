package nl.eenplan.mdo;

import java.util.Map;
import java.util.Set;
import nl.eenplan.taak.Taakafhandeling;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How the tasks of process "mdo" are completed, whichever screen completes them. */
@Configuration
class MdoTaken {

    @Bean
    Taakafhandeling<Invoer.Planning> mdoPlannenAfhandeling(MdoService mdo) {
        return afhandeling("plannen", Invoer.Planning.class, mdo::plan);
    }

    @Bean
    Taakafhandeling<Invoer.Gedaan> groeidocumentAfhandeling() {
        return afhandeling("groeidocument", Invoer.Gedaan.class, (taak, in, wie) -> Map.of("groeidocumentBijgewerkt", true));
    }

    @Bean
    Taakafhandeling<Invoer.Verslag> mdoVerslagAfhandeling(MdoService mdo) {
        return afhandeling("verslag", Invoer.Verslag.class, mdo::legVerslagVast);
    }

    /** The owner's follow-up of one agreement; the reason of a cancellation goes into the dossier, not the process. */
    @Bean
    Taakafhandeling<Invoer.Afspraak> afspraakAfhandeling(MdoService mdo) {
        return afhandeling("afspraakUitvoeren", Invoer.Afspraak.class, (taak, in, wie) -> {
            // The agreement of this instance of the multi-instance task, set by the engine from the MDO's list.
            Long afspraakId = ((Number) taak.variabele("afspraakId")).longValue();
            mdo.afspraakAfgerond(afspraakId, taak.dossierNummer(), in.uitkomst(), in.reden(), wie);
            return Map.of("afspraakUitkomst", in.uitkomst().name().toLowerCase(), "afspraakAfgerond", true);
        });
    }

    @Bean
    Taakafhandeling<Invoer.Evaluatie> mdoEvaluatieAfhandeling() {
        return afhandeling("evalueren", Invoer.Evaluatie.class,
                (taak, in, wie) -> Map.of("mdoUitkomst", in.uitkomst().name()));
    }

    private static <T> Taakafhandeling<T> afhandeling(String taak, Class<T> soort, Taakafhandeling.Verwerking<T> verwerking) {
        return Taakafhandeling.voor(MdoService.PROCES, Set.of(taak), soort, verwerking);
    }
}
