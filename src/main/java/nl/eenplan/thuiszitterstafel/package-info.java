/**
 * The thuiszittersaanpak (issue #23, process {@code thuiszitterstafel}, docs/processen/thuiszitterstafel.md): a pupil
 * without education, or at risk of it, gets one table of school, SWV, leerplicht, gemeente and parents, owned by the
 * gemeente where the pupil lives (nl.eenplan.leerplicht.Escalatieroute, the tenant of that gemeente), with a plan: the
 * date the pupil is back in education and who does what, and a named person with doorzettingsmacht to whom it
 * escalates when no plan comes in time or the date passes. Signals: the verzuim thuiszitter signal (automatically), a
 * school by hand (API) and other processes ({@link nl.eenplan.thuiszitterstafel.ThuiszitterstafelService#meld}); one
 * table per pupil at a time, repeat signals join it. The plan lives in table thuiszitterstafel, never in the process.
 */
package nl.eenplan.thuiszitterstafel;
