-- Issue #22, "who is leerplichtig": whether the pupil has a startkwalificatie (havo, vwo or mbo-2 diploma;
-- Leerplichtwet 1969 art. 1 and 4a). Without it a pupil is kwalificatieplichtig to 18 and RMC's to 23.
alter table leerling add column startkwalificatie boolean default false not null;

-- Halt and proces-verbaal only from 12 (Wetboek van Strafrecht art. 486 and 77e): the age counts on the day of the
-- feit, so an escalation keeps the first day of the absence it is about (empty for other reasons).
alter table leerplicht_escalatie add column feit_vanaf date;

-- Absence data is kept 5 years after uitschrijving (domain.md, Privacy), the rest of the dossier 2 years after
-- closing: when a dossier is removed, its absence days and verzuimmeldingen stay (by dossier number) until this date.
create table verzuim_bewaring (
    dossier_nummer   varchar(20) primary key,
    uitgeschreven_op timestamp with time zone not null,
    bewaren_tot      date not null
);
