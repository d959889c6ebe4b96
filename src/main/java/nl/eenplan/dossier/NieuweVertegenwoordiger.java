package nl.eenplan.dossier;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Request body: the pupil's curator or mentor as the court's decision names them. */
public record NieuweVertegenwoordiger(
        @NotNull(message = "Kies CURATOR (curatele) of MENTOR (mentorschap).") Vertegenwoordiger.Soort soort,
        @NotBlank(message = "Vul de naam in van de curator of mentor.")
        @Size(max = 200, message = "De naam is te lang (hoogstens 200 tekens).") String naam,
        @NotNull(message = "Vul de datum van de beschikking van de rechter in (JJJJ-MM-DD).")
        @PastOrPresent(message = "De datum van de beschikking kan niet in de toekomst liggen.") LocalDate beschikkingOp) {
}
