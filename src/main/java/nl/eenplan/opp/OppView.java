package nl.eenplan.opp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A pupil's OPP: the latest version ({@code huidig}), the version whose handelingsdeel is in force (the latest with
 * instemming, or taken over from before instemming was recorded; null: none, so no handelingsdeel is carried out), all
 * versions newest first, and the evaluations with the parents.
 */
public record OppView(String dossierNummer, Versie huidig, Integer geldendeVersie, List<Versie> versies,
                      List<Evaluatie> evaluaties) {

    public record Versie(int versie, Oppversie.Status status, Oppversie.Aanleiding aanleiding,
                         Uitstroomprofiel uitstroomprofiel, String onderbouwing, List<String> doelen, String aanpak,
                         Oogo oogo, Antwoord instemming, Instant aangemaaktOp, String opgesteldDoor) {

        static Versie van(Oppversie v) {
            Oogo oogo = v.getOogoOp() == null ? null : new Oogo(v.getOogoOp(), v.getOogoMet(), v.getOogoNamensSchool());
            Antwoord antwoord = v.getInstemmingOp() == null ? null
                    : new Antwoord(v.getStatus() == Oppversie.Status.INGESTEMD ? Instemming.Uitkomst.INGESTEMD
                            : Instemming.Uitkomst.GEWEIGERD, v.getInstemmingOp(), v.getInstemmingDoor(),
                            v.getInstemmingNaam(), v.getInstemmingWijze(), v.getWeigeringReden(),
                            v.getInstemmingVastgelegdDoor());
            return new Versie(v.getVersie(), v.getStatus(), v.getAanleiding(), v.getUitstroomprofiel(),
                    v.getOnderbouwing(), v.getDoelen(), v.getAanpak(), oogo, antwoord, v.getAangemaaktOp(),
                    v.getOpgesteldDoor());
        }
    }

    /** The op overeenstemming gericht overleg: when, with whom (the parents, the pupil), who for the school. */
    public record Oogo(LocalDate op, String met, String namensSchool) {
    }

    public record Antwoord(Instemming.Uitkomst uitkomst, LocalDate op, Instemming.Door door, String naam,
                           Instemming.Wijze wijze, String reden, String vastgelegdDoor) {
    }

    public record Evaluatie(int versie, LocalDate op, String metWie, String bevindingen, boolean handelingsdeelWijzigen,
                            String vastgelegdDoor) {

        static Evaluatie van(Oppevaluatie e) {
            return new Evaluatie(e.getVersie(), e.getGeevalueerdOp(), e.getMetWie(), e.getBevindingen(),
                    e.isHandelingsdeelWijzigen(), e.getVastgelegdDoor());
        }
    }
}
