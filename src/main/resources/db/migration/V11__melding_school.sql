-- A notification to a group is for the members who work for the pupil's school (the tenant), not for
-- everyone in that group across the installation.
alter table melding add column school varchar(12);

-- Earlier group notifications get the school of their dossier (number "2026-00042": id after the dash).
update melding set school = (
    select s.brin from dossier d
    join leerling l on l.id = d.leerling_id
    join school s on s.id = l.school_id
    where d.id = cast(substring(melding.dossier_nummer from 6) as bigint))
where ontvanger_groep is not null and dossier_nummer is not null;

create index melding_groep_school on melding (ontvanger_groep, school);
