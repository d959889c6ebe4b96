/**
 * Changing school (schoolwissel, issue #23): a pupil who enrols at another school, after an admission there
 * (nl.eenplan.toelating, event LeerlingIngeschreven) or mid-year without one (POST /api/dossiers/{nr}/schoolwissel by
 * the new school), takes the plan along, but only once the old school confirms: the new school's report asks, the old
 * school's zorgcoördinator confirms or refuses in process schoolwisselBevestigen (its tenant, 5 werkdagen); nothing
 * moves before that, nor while an objection of the parents runs at the old school (the confirmation waits, 409).
 * On confirmation the goals, the agreements still open, the parents with their gezag, a curator or mentor, the latest
 * groeidocument the parents signed, the OPP (versions, instemming and its running process), a TLV (and its process),
 * an open thuiszitterstafel and a running arrangement (which starts again at the new school; the old row is
 * "voortgezet elders") go with the pupil (event dossier.LeerlingGewisseld). It travels as the onderwijskundig rapport
 * (dossier.Gegevensstroom.ONTVANGENDE_SCHOOL: WPO art. 42, WEC art. 43, WVO art. 103b, "als een leerling de school
 * verlaat, ongeacht de reden"), recorded in the old dossier's audit. Consents do not travel: they were given to the
 * old school. The old school's dossier closes ("Overgestapt naar ...") and stays readable only for what the school must
 * keep (dossier.DossierToegang); its other processes end, but for a verzuimmelding and a meldcode, the old school's own
 * duties, which run on there (docs/processen/schoolwissel.md). On by default ({@code eenplan.schoolwissel.actief}).
 */
package nl.eenplan.schoolwissel;
