-- A dossier is closed when the school's care for the pupil ends; its retention counts from then.
alter table dossier add column gesloten_op timestamp with time zone;
alter table dossier add column sluitreden varchar(500);
create index dossier_gesloten on dossier (status, gesloten_op);

-- The audit log records the removal of a dossier after its retention (VERWIJDEREN).
alter table audit_regel alter column handeling set data type varchar(20);
