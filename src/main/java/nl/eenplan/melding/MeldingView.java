package nl.eenplan.melding;

import java.time.Instant;

/** A notification as /api/meldingen shows it to its reader. */
public record MeldingView(Long id, Melding.Soort soort, String aanGebruiker, String aanGroep, String onderwerp,
                          String tekst, String dossierNummer, String taakId, Instant aangemaaktOp, boolean gelezen) {

    static MeldingView van(Melding m, boolean gelezen) {
        return new MeldingView(m.getId(), m.getSoort(), m.getOntvangerGebruiker(), m.getOntvangerGroep(),
                m.getOnderwerp(), m.getTekst(), m.getDossierNummer(), m.getTaakId(), m.getAangemaaktOp(), gelezen);
    }
}
