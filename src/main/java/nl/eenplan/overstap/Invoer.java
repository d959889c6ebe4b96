package nl.eenplan.overstap;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the overstap's tasks and endpoints take. */
final class Invoer {

    private Invoer() {
    }

    record Start(@NotNull(message = "Kies de overstap: PO_VO of VO_MBO.") Overstapsoort soort,
                 @NotBlank(message = "Geef het schooljaar als 2026-2027.") String schooljaar) {
    }

    record Advies(@NotBlank(message = "Vul het schooladvies in (bijvoorbeeld havo/vwo).")
                  @Size(max = 50, message = "Het advies is te lang (maximaal 50 tekens).") String advies) {
    }

    record Overstapdossier(
            @NotBlank(message = "Vul het BRIN-nummer van de ontvangende school in.") String ontvangendeSchool,
            @Size(max = 4000, message = "De ondersteuning is te lang (maximaal 4000 tekens).") String ondersteuning,
            @NotBlank(message = "Vul de aanwezigheid in (bijvoorbeeld 96%, geen ongeoorloofd verzuim).")
            @Size(max = 1000, message = "De aanwezigheid is te lang (maximaal 1000 tekens).") String aanwezigheid) {
    }

    record OudersGezien(@AssertTrue(message = "De ouders zien het overstapdossier eerst (gezien: true).") boolean gezien,
                        @Size(max = 2000, message = "De opmerkingen zijn te lang (maximaal 2000 tekens).") String opmerkingen) {
    }

    record Overdracht(@NotBlank(message = "Vul het verslag van de warme overdracht in.")
                      @Size(max = 4000, message = "Het verslag is te lang (maximaal 4000 tekens).") String verslag) {
    }

    record Plaatsing(@NotNull(message = "Geef aan of de leerling is geplaatst.") Boolean geplaatst) {
    }

    record Controle(@NotNull(message = "Geef aan of de leerling is ingeschreven.") Boolean ingeschreven,
                    @NotNull(message = "Geef aan of de leerling op school komt.") Boolean aanwezig) {
    }
}
