package nl.eenplan.dossier;

/** Primair, speciaal, voortgezet, voortgezet speciaal and middelbaar beroepsonderwijs. */
public enum Onderwijssoort {
    PO, SO, VO, VSO, MBO
}
