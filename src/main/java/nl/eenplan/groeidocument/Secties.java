package nl.eenplan.groeidocument;

import jakarta.validation.constraints.Size;

/**
 * The sections of a groeidocument, the set most SWV templates share (docs/processen/mdo.md, "Het groeidocument"):
 * what goes well, what hinders, what the pupil needs, what the school tried and its effect, what is asked, and the
 * views of parents and pupil. Each may be empty in a draft; a request to the SWV needs a signed version.
 */
public record Secties(
        @Size(max = 4000, message = "Dit deel is te lang (maximaal 4000 tekens).") String sterkeKanten,
        @Size(max = 4000, message = "Dit deel is te lang (maximaal 4000 tekens).") String belemmerendeFactoren,
        @Size(max = 4000, message = "Dit deel is te lang (maximaal 4000 tekens).") String onderwijsbehoeften,
        @Size(max = 4000, message = "Dit deel is te lang (maximaal 4000 tekens).") String ondernomen,
        @Size(max = 4000, message = "Dit deel is te lang (maximaal 4000 tekens).") String hulpvraag,
        @Size(max = 4000, message = "Dit deel is te lang (maximaal 4000 tekens).") String visieOuders,
        @Size(max = 4000, message = "Dit deel is te lang (maximaal 4000 tekens).") String visieLeerling) {

    boolean leeg() {
        return leeg(sterkeKanten) && leeg(belemmerendeFactoren) && leeg(onderwijsbehoeften) && leeg(ondernomen)
                && leeg(hulpvraag) && leeg(visieOuders) && leeg(visieLeerling);
    }

    Secties opgeschoond() {
        return new Secties(schoon(sterkeKanten), schoon(belemmerendeFactoren), schoon(onderwijsbehoeften),
                schoon(ondernomen), schoon(hulpvraag), schoon(visieOuders), schoon(visieLeerling));
    }

    private static boolean leeg(String s) {
        return s == null || s.isBlank();
    }

    private static String schoon(String s) {
        return leeg(s) ? null : s.strip();
    }
}
