package nl.eenplan.dossier;

/** An agreement and the dossier it belongs to. */
public record AfspraakMetDossier(String dossierNummer, DossierView.AfspraakView afspraak) {
}
