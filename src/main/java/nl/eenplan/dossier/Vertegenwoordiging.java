package nl.eenplan.dossier;

import java.time.Instant;
import java.time.LocalDate;

/** A pupil's representative as the API shows it; {@link #geldtOp} says whether the court's measure ran that day. */
public record Vertegenwoordiging(Long id, Vertegenwoordiger.Soort soort, String naam, LocalDate beschikkingOp,
                                 LocalDate eindeOp, String vastgelegdDoor, Instant vastgelegdOp) {

    static Vertegenwoordiging van(Vertegenwoordiger v) {
        return new Vertegenwoordiging(v.getId(), v.getSoort(), v.getNaam(), v.getBeschikkingOp(), v.getEindeOp(),
                v.getVastgelegdDoor(), v.getVastgelegdOp());
    }

    /** In force on {@code dag}: from the court's decision, until (not including) the day it ended. */
    public boolean geldtOp(LocalDate dag) {
        return !dag.isBefore(beschikkingOp) && (eindeOp == null || dag.isBefore(eindeOp));
    }

    /** "Jan Jansen (curator)": who answered, as the OPP shows it. */
    public String omschrijving() {
        return naam + " (" + soort.omschrijving() + ")";
    }
}
