-- Issue #24: the school moves an MDO's date (process mdo, message "mdoVerzet").

-- How often the date was moved: the .ics's SEQUENCE (RFC 5545 3.8.7.4), so a calendar that has the item (same UID)
-- takes the new time; and who moved it last, and when. Existing MDOs were never moved: 0.
alter table mdo add column volgnummer integer default 0 not null;
alter table mdo add column verzet_door varchar(100);
alter table mdo add column verzet_op timestamp with time zone;

-- The family's answer is about one date: after a move the new date is open again and the earlier answers stay, as
-- answers to the earlier date. Existing answers are about the MDO's date (it could not be moved before).
alter table mdo_reactie add column over_datum timestamp with time zone;
update mdo_reactie set over_datum = (select m.datum from mdo m where m.id = mdo_reactie.mdo_id);
update mdo_reactie set over_datum = gegeven_op where over_datum is null;
alter table mdo_reactie alter column over_datum set not null;
alter table mdo_reactie drop constraint mdo_reactie_een_per_gever;
alter table mdo_reactie add constraint mdo_reactie_een_per_gever_per_datum unique (mdo_id, gever_sleutel, over_datum);
