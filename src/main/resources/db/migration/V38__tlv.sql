-- Issue #23, the TLV lifecycle. The deskundigen of a TLV with their discipline, organisation (and its BRIN) and the
-- date of their advice (nl.eenplan.tlv.Deskundigenregel). Advices recorded before this migration keep only the name
-- and the advice: their discipline and organisation are unknown (null), as they were never asked.
alter table arrangement add column advies1_discipline varchar(30);
alter table arrangement add column advies1_organisatie varchar(200);
alter table arrangement add column advies1_brin varchar(6);
alter table arrangement add column advies1_datum date;
alter table arrangement add column advies2_discipline varchar(30);
alter table arrangement add column advies2_organisatie varchar(200);
alter table arrangement add column advies2_brin varchar(6);
alter table arrangement add column advies2_datum date;
