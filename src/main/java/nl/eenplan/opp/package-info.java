/**
 * The pupil's OPP (ontwikkelingsperspectief; WPO art. 40a, WEC art. 41a, WVO 2020 art. 2.44 (voorheen WVO art. 26)): versions with the OOGO
 * with the parents, the uitstroomprofiel with its onderbouwing ({@link nl.eenplan.opp.Uitstroomprofiel}), the
 * handelingsdeel and the parents' instemming on it or their refusal ({@link nl.eenplan.opp.Instemmingsregel}), and the
 * yearly evaluations with the parents. Process {@code opp} (docs/processen/opp.md) starts when an arrangement starts and
 * takes its bijstellingen; {@code GET /api/dossiers/{nummer}/opp} reads it for the pupil's school.
 */
package nl.eenplan.opp;
