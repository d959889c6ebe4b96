-- Issue #23, "schoolwissel3": on a confirmed school change what runs for the pupil goes with the pupil.
-- An arrangement that continues at the new school (it starts there again) stays at the old school as history, marked
-- "voortgezet elders", so the monitor counts it once. Arrangements before this version never moved: false.
alter table arrangement add column voortgezet_elders boolean default false not null;

-- A TLV moves to the new school's dossier; the dossier it came from is kept, so the school the pupil left hears why it
-- can no longer end it (409) rather than that it does not exist. TLVs before this version never moved: null.
alter table tlv add column vorig_dossier varchar(20);
