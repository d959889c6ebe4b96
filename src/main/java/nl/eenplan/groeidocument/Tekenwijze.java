package nl.eenplan.groeidocument;

/** How a parent signed the groeidocument. */
public enum Tekenwijze { OP_PAPIER, DIGITAAL }
