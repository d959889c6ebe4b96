package nl.eenplan.dossier;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** Request body to open a dossier for a pupil. */
public record NieuwDossier(
        @NotNull(message = "Vul de gegevens van de leerling in.")
        @Valid
        Leerling leerling,
        /** User id of the owning zorgcoördinator; empty means the caller, who must then be one. */
        @Size(max = 100, message = "De gebruikersnaam is te lang (maximaal 100 tekens).")
        String zorgcoordinator) {

    public record Leerling(
            @NotBlank(message = "Vul de voornaam van de leerling in.")
            @Size(max = 100, message = "De voornaam is te lang (maximaal 100 tekens).")
            String voornaam,
            @Size(max = 20, message = "Het tussenvoegsel is te lang (maximaal 20 tekens).")
            String tussenvoegsel,
            @NotBlank(message = "Vul de achternaam van de leerling in.")
            @Size(max = 100, message = "De achternaam is te lang (maximaal 100 tekens).")
            String achternaam,
            @NotNull(message = "Vul de geboortedatum van de leerling in.")
            @Past(message = "De geboortedatum moet in het verleden liggen.")
            LocalDate geboortedatum,
            @Bsn
            String bsn,
            @NotBlank(message = "Vul het BRIN-nummer van de school in.")
            String schoolBrin,
            @NotNull(message = "Kies de onderwijssoort: PO, SO, VO, VSO of MBO.")
            Onderwijssoort onderwijssoort,
            @NotNull(message = "Vul het leerjaar in.")
            @Min(value = 1, message = "Het leerjaar is minimaal 1.")
            @Max(value = 8, message = "Het leerjaar is maximaal 8.")
            Integer leerjaar,
            @Size(max = 4, message = "Geef maximaal 4 ouders of verzorgers op.")
            List<@Valid Ouder> ouders,
            /** Havo, vwo or mbo-2 diploma; empty means no. */
            Boolean startkwalificatie,
            /** Where the pupil lives (routing to the home gemeente); empty: the school is asked to add it (a task). */
            @Valid
            NieuwWoonadres woonadres) {

        public Leerling(String voornaam, String tussenvoegsel, String achternaam, LocalDate geboortedatum, String bsn,
                        String schoolBrin, Onderwijssoort onderwijssoort, Integer leerjaar, List<Ouder> ouders,
                        Boolean startkwalificatie) {
            this(voornaam, tussenvoegsel, achternaam, geboortedatum, bsn, schoolBrin, onderwijssoort, leerjaar, ouders,
                    startkwalificatie, null);
        }

        public Leerling(String voornaam, String tussenvoegsel, String achternaam, LocalDate geboortedatum, String bsn,
                        String schoolBrin, Onderwijssoort onderwijssoort, Integer leerjaar, List<Ouder> ouders) {
            this(voornaam, tussenvoegsel, achternaam, geboortedatum, bsn, schoolBrin, onderwijssoort, leerjaar, ouders,
                    null, null);
        }
    }

    public record Ouder(
            @NotBlank(message = "Vul de naam van de ouder of verzorger in.")
            @Size(max = 200, message = "De naam is te lang (maximaal 200 tekens).")
            String naam,
            @NotNull(message = "Kies de relatie tot de leerling: OUDER, VERZORGER, VOOGD of GI (gecertificeerde instelling).")
            nl.eenplan.dossier.Ouder.Relatie relatie,
            @jakarta.validation.constraints.Pattern(regexp = "\\+?[0-9 ()-]{6,20}",
                    message = "Dit is geen geldig telefoonnummer.")
            String telefoon,
            @Email(message = "Dit is geen geldig e-mailadres.")
            @Size(max = 254, message = "Het e-mailadres is te lang.")
            String email,
            /** Has gezag; empty means not known yet: the school is asked to confirm it (a task). */
            Boolean gezag,
            /** A court order limits what this parent may be told; empty means no. */
            Boolean informatieBeperkt) {

        public Ouder(String naam, nl.eenplan.dossier.Ouder.Relatie relatie, String telefoon, String email) {
            this(naam, relatie, telefoon, email, null, null);
        }
    }
}
