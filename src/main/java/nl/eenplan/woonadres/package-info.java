/**
 * Asking the school for the pupil's address when EenPlan needs it: a verzuimmelding and an escalation to leerplicht go to
 * the gemeente where the pupil lives (nl.eenplan.leerplicht.Escalatieroute; Leerplichtwet 1969 art. 21). When a
 * verzuimmelding is prepared or an escalation goes out for a pupil whose address is not recorded (event
 * {@code dossier.WoonadresNodig}), the school's zorgcoördinator gets one task "Woonadres vastleggen" (process
 * {@code woonadresVastleggen}, docs/processen/woonadresVastleggen.md); meanwhile the school's gemeente handles what is
 * reported. It ends when the task is done, when the address is recorded another way, or when the dossier closes. Never
 * two for one dossier; never for a dossier that does not need the address yet.
 */
package nl.eenplan.woonadres;
