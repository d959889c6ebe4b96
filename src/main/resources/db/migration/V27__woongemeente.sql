-- Issue #22, "where a report goes": DUO's verzuimregister routes a verzuimmelding to the gemeente where the pupil
-- lives (Leerplichtwet 1969 art. 18 and 21a; domain.md section 5), so EenPlan routes its escalation there too.

-- Gemeenten are known by their CBS code (GM and 4 digits, e.g. GM0344 Utrecht). A gemeente the installation serves
-- has a row here; its officers are the members of its Camunda group, and its cases live in a Camunda tenant whose
-- id is the code. Existing gemeenten (known by name only) get their code when an administrator registers it
-- (PUT /api/gemeenten/{code}, or eenplan.gemeenten in the configuration): docs/beheer.md, "Upgrade".
create table gemeente (
    code  varchar(6)   primary key,
    naam  varchar(100) not null,
    groep varchar(64)  not null unique
);
alter table school add column gemeentecode varchar(6);

-- The pupil's address, for routing only: postcode, house number and woonplaats as the school's LAS has them, and the
-- CBS code of the gemeente. Confidential (e.g. a safe house): stored, but only the gemeente code is shown.
alter table leerling add column woon_postcode varchar(7);
alter table leerling add column woon_huisnummer varchar(10);
alter table leerling add column woon_woonplaats varchar(100);
alter table leerling add column woon_gemeentecode varchar(6);
alter table leerling add column woonadres_vertrouwelijk boolean;

-- An escalation belongs to the gemeente that handles it (eigenaar: the tenant of its process and who sees it in the
-- inbox); how it got there (routering); the pupil's home gemeente when known. Existing escalations stay with the
-- school's tenant, as they were made.
alter table leerplicht_escalatie add column eigenaar varchar(64);
update leerplicht_escalatie set eigenaar = school_brin;
alter table leerplicht_escalatie alter column eigenaar set not null;
alter table leerplicht_escalatie add column routering varchar(30) default 'SCHOOL' not null;
alter table leerplicht_escalatie add column woongemeentecode varchar(6);
create index leerplicht_escalatie_eigenaar on leerplicht_escalatie (eigenaar);

-- Within the gemeente, which team works it: leerplicht, or RMC for a pupil of 18 to 23 without a startkwalificatie
-- (WEB art. 8.3.1). Existing escalations were leerplicht's.
alter table leerplicht_escalatie add column behandelaar varchar(30) default 'leerplicht' not null;
