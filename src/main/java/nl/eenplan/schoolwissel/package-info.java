/**
 * Changing school (schoolwissel, issue #23): a pupil who enrols at another school, after an admission there
 * (nl.eenplan.toelating, event LeerlingIngeschreven) or mid-year without one (POST /api/dossiers/{nr}/schoolwissel by
 * the new school), takes the plan along: goals, the agreements still open, the parents with their gezag, the latest
 * groeidocument the parents signed, and a running arrangement, which starts again at the new school. It travels as the
 * onderwijskundig rapport (dossier.Gegevensstroom.ONTVANGENDE_SCHOOL: WPO art. 42, WEC art. 43, WVO art. 103b, "als een
 * leerling de school verlaat, ongeacht de reden"), recorded in the old dossier's audit. Consents do not travel: they
 * were given to the old school. The old school's dossier closes ("Overgestapt naar ...") and stays readable only for
 * what the school must keep (dossier.DossierToegang); its processes end, but for a verzuimmelding and a meldcode,
 * the old school's own duties, which run on there (docs/processen/schoolwissel.md).
 */
package nl.eenplan.schoolwissel;
