-- One request can touch several pupils (a list of dossiers, a task list in Tasklist): the audit entry stays one
-- row per request and names every dossier it touched here, so each pupil's inzage export lists it.
-- Append-only like audit_regel: grant the application's database user INSERT and SELECT only.
create table audit_dossier (
    audit_regel_id bigint      not null references audit_regel (id),
    dossier_nummer varchar(20) not null,
    primary key (dossier_nummer, audit_regel_id)
);
create index audit_dossier_regel on audit_dossier (audit_regel_id);

insert into audit_dossier (audit_regel_id, dossier_nummer)
    select id, dossier_nummer from audit_regel where dossier_nummer is not null;

drop index audit_regel_dossier;
alter table audit_regel drop column dossier_nummer;
