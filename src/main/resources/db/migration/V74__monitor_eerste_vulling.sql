-- Issue #25 (S5): every existing dossier's facts are built once by the worker (monitor.Monitorwachtrij). Until
-- every outbox row up to 'eerste_vulling_tot' is done, the monitor answers from the capabilities' tables, so an
-- upgraded installation never shows figures of half its dossiers. A new installation has none: done at once.
insert into monitor_wachtrij (dossier_id, gezet_op) select id, current_timestamp from dossier;
insert into monitor_status (naam, waarde) select 'eerste_vulling_tot', coalesce(max(id), 0) from monitor_wachtrij;
