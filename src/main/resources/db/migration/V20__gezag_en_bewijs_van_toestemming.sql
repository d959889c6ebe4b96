-- Issue 21: gezag per guardian, proof of consent per person, and the legal basis in the audit log.

-- Gezag: unknown (null) for every guardian recorded before, until the school confirms it; flows on the parents'
-- consent wait until then. A court order may limit what a parent is told.
alter table ouder add column gezag boolean;
alter table ouder add column informatie_beperkt boolean default false not null;

-- Proof of consent: the person, how, on which information, for which period, recorded by whom; the same for withdrawal.
alter table toestemming add column ouder_id bigint references ouder (id);
alter table toestemming add column gever_sleutel varchar(40);
alter table toestemming add column vorm varchar(20);
alter table toestemming add column informatie_versie varchar(40);
alter table toestemming add column informatie_tekst varchar(4000);
alter table toestemming add column geldig_tot date;
alter table toestemming add column vastgelegd_door varchar(100);
alter table toestemming add column ingetrokken_vorm varchar(20);
alter table toestemming add column ingetrokken_vastgelegd_door varchar(100);

-- Consents from before say "de ouders" or "de leerling", not which person or how: kept as they were, form unknown.
update toestemming set gever_sleutel = gegeven_door, vorm = 'ONBEKEND';
update toestemming set ingetrokken_vorm = 'ONBEKEND' where ingetrokken_op is not null;
alter table toestemming alter column gever_sleutel set not null;
alter table toestemming alter column vorm set not null;

-- One consent per scope and person that is not withdrawn (was: per scope and "ouders"/"leerling").
alter table toestemming drop constraint toestemming_een_per_scope_en_gever;
alter table toestemming add constraint toestemming_een_per_scope_en_persoon
    unique (dossier_id, scope, gever_sleutel, actief);

-- The basis of the data that left the school in a request or a process step.
alter table audit_regel add column grondslag varchar(1000);

-- An MDO participant from outside the school: the basis on which they were invited (shown on the invitation).
alter table mdo_deelnemer add column grondslag varchar(1000);
alter table mdo_deelnemer add column stroom varchar(40);
