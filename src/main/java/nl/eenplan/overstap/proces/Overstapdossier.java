package nl.eenplan.overstap.proces;

import static nl.eenplan.overstap.proces.OverstapVariabelen.PROCES;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import nl.eenplan.overstap.OverstapService;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import nl.eenplan.taak.Zorginhoud;
import org.springframework.stereotype.Component;

/** Task "Overstapdossier (OKR) opstellen": the receiving school (it must exist), the support given, the attendance. */
@Component
public class Overstapdossier extends Gebruikerstaak<Overstapdossier.Invoer> {

    public record Invoer(@NotBlank(message = "Vul het BRIN-nummer van de ontvangende school in.") String ontvangendeSchool,
            @Size(max = 4000, message = "De ondersteuning is te lang (maximaal 4000 tekens).")
            @Zorginhoud String ondersteuning,
            @NotBlank(message = "Vul de aanwezigheid in (bijvoorbeeld 96%, geen ongeoorloofd verzuim).")
            @Size(max = 1000, message = "De aanwezigheid is te lang (maximaal 1000 tekens).")
            @Zorginhoud String aanwezigheid) {
    }

    private final OverstapService overstappen;

    Overstapdossier(OverstapService overstappen) {
        super(PROCES, "overstapdossier", Invoer.class);
        this.overstappen = overstappen;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Invoer invoer, String gebruiker) {
        overstappen.overstapdossier(taak.procesInstantieId(), invoer.ontvangendeSchool(), invoer.ondersteuning(),
                invoer.aanwezigheid());
        return Map.of();
    }
}
