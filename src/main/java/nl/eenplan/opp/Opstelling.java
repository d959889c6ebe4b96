package nl.eenplan.opp;

import java.time.LocalDate;
import java.util.List;

/**
 * The OPP as drafted after the OOGO with the parents: the OOGO (when, with whom, who for the school), the
 * uitstroomprofiel with its onderbouwing, and the handelingsdeel (goals, what the school does).
 */
public record Opstelling(LocalDate oogoOp, String oogoMet, String oogoNamensSchool, Uitstroomprofiel uitstroomprofiel,
                         String onderbouwing, List<String> doelen, String aanpak) {
}
