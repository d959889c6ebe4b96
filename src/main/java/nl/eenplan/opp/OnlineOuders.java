package nl.eenplan.opp;

import java.util.Set;

/**
 * Port: the guardians of a pupil who can answer the OPP online themselves (a family account bound to them; package
 * gezin implements it, so opp does not depend on it). With {@code eenplan.opp.instemming=IEDERE_GEZAGHEBBENDE} each of
 * them who has gezag must agree ({@link Instemmingsregel#uitkomst}).
 */
public interface OnlineOuders {

    /** The ids (dossier.Ouder) of this pupil's guardians with a family account bound to them today. */
    Set<Long> metAccount(String dossierNummer);
}
