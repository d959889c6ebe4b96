-- Issue #25: the pupil list (/leerlingen, GET /api/dossiers) of a school with 20,000 dossiers read, counted and sorted
-- every dossier of the school for each page of 100. The school sat on the pupil (leerling.school_id, set once when the
-- pupil is registered; a school change opens a new dossier with a new pupil row), so no index on dossier could serve
-- "the dossiers of this school in list order". The dossier now carries its school too (the same value, written with
-- the dossier by Dossier's constructor), and the two list orders have an index that yields a page in order:
--   newest first (the API): (school_id, id), read backwards;
--   open first, then newest (the page Leerlingen): (school_id, status, id), read backwards (status OPEN sorts after
--   GESLOTEN, so backwards the open dossiers come first; Dossier.Status has exactly these two, see DossierStatusTest).
-- Existing dossiers get their pupil's school here (docs/beheer.md: one update of the dossier table at the upgrade).
alter table dossier add column school_id bigint;
update dossier set school_id = (select l.school_id from leerling l where l.id = dossier.leerling_id);
alter table dossier alter column school_id set not null;
alter table dossier add constraint dossier_school_fk foreign key (school_id) references school (id);
create index dossier_school_nieuwste on dossier (school_id, id);
create index dossier_school_open_eerst on dossier (school_id, status, id);
