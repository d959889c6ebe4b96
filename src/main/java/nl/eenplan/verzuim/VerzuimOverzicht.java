package nl.eenplan.verzuim;

import java.util.List;

/**
 * A pupil's registered absence and the reports made from it; after a registration, which reports are new and, in
 * {@code opmerking}, why days of it give no report (the pupil was not leerplichtig or kwalificatieplichtig then).
 */
public record VerzuimOverzicht(String dossierNummer, List<VerzuimdagView> dagen, List<VerzuimmeldingView> meldingen,
                               List<Long> nieuweMeldingen, String opmerking) {
}
