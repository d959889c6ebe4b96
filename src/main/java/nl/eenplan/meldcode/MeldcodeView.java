package nl.eenplan.meldcode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A meldcode as the zorgcoördinator and aandachtsfunctionaris of the school read it. */
public record MeldcodeView(Long id, String dossierNummer, Aanleiding aanleiding, String signaal, String gestartDoor,
                           Instant gestartOp, Meldcodezaak.Status status, Stap1 stap1, Stap2 stap2, Stap3 stap3,
                           Stap4 stap4, Stap5 stap5, Melding melding, Hulp hulp, Instant afgeslotenOp) {

    /** Signalen in kaart gebracht. */
    public record Stap1(String signalen, String door, Instant op) {
    }

    /** Collegiale consultatie en zo nodig advies van Veilig Thuis. */
    public record Stap2(AdviesVan adviesVan, String advies, String door, Instant op) {
    }

    /** Gesprek met ouders en leerling, or why it was skipped (it would endanger safety). */
    public record Stap3(Boolean gevoerd, String verslag, String overgeslagenReden, String door, Instant op) {
    }

    /** Wegen met het afwegingskader. */
    public record Stap4(Boolean vermoeden, Boolean acuteOnveiligheid, Boolean structureleOnveiligheid, String weging,
                        String door, Instant op) {
    }

    /** Beslissen: (1) is melden noodzakelijk? (2) is hulp bieden of organiseren (ook) mogelijk? */
    public record Stap5(Boolean meldenNoodzakelijk, Boolean hulpMogelijk, String toelichting, String door, Instant op) {
    }

    /** The report to Veilig Thuis and its feedback. */
    public record Melding(LocalDate op, String door, Meldingsoort soort, String toelichting, LocalDate terugkoppelingOp,
                          VervolgVeiligThuis vervolg, String terugkoppeling, String terugkoppelingDoor) {
    }

    /** The help agreed instead of a report, and its evaluations. */
    public record Hulp(String wat, String metWie, String afgesprokenDoor, LocalDate evaluatieOp,
                       List<Evaluatie> evaluaties) {
    }

    public record Evaluatie(Instant op, String door, Evaluatieuitkomst uitkomst, boolean onveiligheidDuurtVoort,
                            String evaluatie) {
    }
}
