package nl.eenplan.verzuim;

import java.util.List;

/** A pupil's registered absence and the reports made from it; after a registration, which reports are new. */
public record VerzuimOverzicht(String dossierNummer, List<VerzuimdagView> dagen, List<VerzuimmeldingView> meldingen,
                               List<Long> nieuweMeldingen) {
}
