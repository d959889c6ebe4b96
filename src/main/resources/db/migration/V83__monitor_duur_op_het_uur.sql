-- Issue #25: a duration between two moments is kept to the hour, no longer to the minute (monitor.DirecteBron.dagen):
-- to the minute a group's day histogram (monitor_groepcel, V82) held nearly one value per case. Every dossier's facts
-- are rebuilt by the worker (the same as "Alles opnieuw opbouwen" in docs/beheer.md); a fact that changes puts its
-- school's months in the cells' outbox, so the cells and group cells follow. Until the worker is done, a duration built
-- before this version still counts to the minute: the figures differ by less than the dashboard shows.
insert into monitor_wachtrij (dossier_id, gezet_op) select id, current_timestamp from dossier;
