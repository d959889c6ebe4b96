package nl.eenplan.mdo;

/**
 * An MDO got its date ({@link MdoService#plan}): the family may now answer whether it suits them (gezin.GezinMailer
 * tells them, after commit). Ids only.
 */
public record MdoGepland(String dossierNummer, Long mdoId) {
}
