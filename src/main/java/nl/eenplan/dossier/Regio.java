package nl.eenplan.dossier;

/** The school-holiday region of a school (the Dutch school holidays differ per region). */
public enum Regio {
    NOORD, MIDDEN, ZUID
}
