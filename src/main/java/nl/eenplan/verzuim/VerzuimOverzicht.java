package nl.eenplan.verzuim;

import java.util.List;

/**
 * A pupil's registered absence, the reports made from it and the thuiszitter signals; after a registration, which
 * reports are new and, in {@code opmerking}, why days of it give no report (the pupil was not leerplichtig or
 * kwalificatieplichtig then, nor RMC's); {@code eenheid}: the unit the school counts the hours in (LESUUR or KLOKUUR).
 */
public record VerzuimOverzicht(String dossierNummer, List<VerzuimdagView> dagen, List<VerzuimmeldingView> meldingen,
                               List<ThuiszitterView> thuiszitter, List<Long> nieuweMeldingen, String opmerking,
                               nl.eenplan.termijn.Uureenheid eenheid) {
}
