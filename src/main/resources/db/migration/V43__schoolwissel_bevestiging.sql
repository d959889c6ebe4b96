-- Issue #23, "schoolwissel bevestigen": the school the pupil leaves confirms the change before anything moves (a BSN or a
-- name and birth date typed by the new school is not enough to hand over another school's pupil). A change is asked
-- (GEVRAAGD), then confirmed (BEVESTIGD: the plan moved) or refused with a reason (GEWEIGERD: nothing moved).
-- Existing rows moved when they were recorded: BEVESTIGD. A refused change may be asked again, so an old dossier can
-- have more rows; at most one not refused (SchoolwisselService, under the old dossier's lock).
alter table schoolwissel add column status varchar(20) default 'BEVESTIGD' not null;
alter table schoolwissel add column beantwoord_door varchar(100);
alter table schoolwissel add column beantwoord_op timestamp with time zone;
alter table schoolwissel add column weigerreden varchar(500);
alter table schoolwissel drop constraint schoolwissel_oud_een_keer;
create index schoolwissel_oud on schoolwissel (oud_dossier);
