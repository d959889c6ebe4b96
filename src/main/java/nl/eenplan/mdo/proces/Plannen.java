package nl.eenplan.mdo.proces;

import static nl.eenplan.mdo.proces.MdoVariabelen.MDO_DATUM;
import static nl.eenplan.mdo.proces.MdoVariabelen.MDO_ID;
import static nl.eenplan.mdo.proces.MdoVariabelen.PROCES;
import static nl.eenplan.mdo.proces.MdoVariabelen.VERZUIM;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import nl.eenplan.mdo.MdoService;
import nl.eenplan.mdo.Rol;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import org.springframework.stereotype.Component;

/**
 * User task {@code plannen} ("MDO plannen"), whichever screen completes it: when, where, and who besides parents,
 * pupil and mentor (always invited); within the task's own deadline.
 */
@Component
public class Plannen extends Gebruikerstaak<Plannen.Invoer> {

    public record Invoer(
            @NotNull(message = "Vul datum en tijd van het MDO in (JJJJ-MM-DDTuu:mm, Nederlandse tijd).")
            LocalDateTime datum,
            @Min(value = 15, message = "Een MDO duurt minstens 15 minuten.")
            @Max(value = 240, message = "Een MDO duurt hoogstens 4 uur.")
            Integer duurMinuten,
            @NotBlank(message = "Vul de locatie in (of 'online' met de link).")
            @Size(max = 200, message = "De locatie is te lang (maximaal 200 tekens).")
            String locatie,
            @Size(max = 20, message = "Nodig hoogstens 20 deelnemers uit.")
            List<@NotNull(message = "Vul de deelnemer in.") @Valid Deelnemer> deelnemers) {
    }

    public record Deelnemer(
            @NotNull(message = "Kies de rol: MENTOR, SCHOOL, JEUGDHULP, JGZ, LEERPLICHT of DESKUNDIGE.")
            Rol rol,
            @Size(max = 200, message = "De naam is te lang (maximaal 200 tekens).")
            String naam,
            /** The EenPlan user who gets the invitation. */
            @Size(max = 100, message = "De gebruikersnaam is te lang.")
            String gebruiker,
            /** Or the EenPlan group; empty means the role's own group. */
            @Size(max = 100, message = "De groep is te lang.")
            String groep,
            @Email(message = "Dit is geen geldig e-mailadres.")
            String email) {
    }

    private final MdoService mdo;

    Plannen(MdoService mdo) {
        super(PROCES, "plannen", Invoer.class);
        this.mdo = mdo;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Invoer invoer, String gebruiker) {
        MdoService.Gepland gepland = mdo.plan(taak.procesInstantieId(), taak.dossierNummer(),
                Boolean.TRUE.equals(taak.variabele(VERZUIM.naam())), taak.vervaldatum(), invoer, gebruiker);
        return Map.ofEntries(MDO_ID.is(gepland.mdoId()), MDO_DATUM.is(Date.from(gepland.datum())));
    }
}
