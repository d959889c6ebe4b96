/**
 * Confirming gezag: while the school has not confirmed whether a guardian has gezag (parental authority), flows on the
 * parents' consent wait, and the school's zorgcoördinator gets one task "Gezag vastleggen" for the pupil (process
 * {@code gezagVastleggen}, docs/processen/gezagVastleggen.md). Started when a dossier opens or a guardian is added
 * without gezag, and once at start-up for the dossiers from before the upgrade (V20); it ends when the task is done,
 * when the gezag is recorded another way, or when the dossier closes. Never two for one dossier.
 */
package nl.eenplan.gezag;
