-- Every column EenPlan looks rows up by gets an index. PostgreSQL does not index foreign keys by itself
-- (H2 does), so without these a lookup reads the whole table: finding a pupil by BSN during a class upload
-- got slower with every pupil already in the database (docs/benchmark.md).
create index leerling_bsn on leerling (bsn);
create index leerling_school on leerling (school_id);
create index ouder_leerling on ouder (leerling_id);
create index doel_plan on doel (plan_id);
create index toestemming_dossier on toestemming (dossier_id);
create index afspraak_dossier on afspraak (dossier_id);
create index mdo_deelnemer_mdo on mdo_deelnemer (mdo_id);
create index arrangement_evaluatie_arrangement on arrangement_evaluatie (arrangement_id);
create index overstap_proces on overstap (proces_instantie_id);
create index escalatie_proces on escalatie (proces_instantie_id);
create index escalatie_dossier on escalatie (dossier_nummer);
create index melding_taak on melding (taak_id);
create index melding_dossier on melding (dossier_nummer);
create index leerplicht_escalatie_dossier on leerplicht_escalatie (dossier_nummer);
create index leerplicht_escalatie_proces on leerplicht_escalatie (proces_instantie_id);
create index leerplicht_escalatie_school on leerplicht_escalatie (school_brin);
create index verzuimmelding_proces on verzuimmelding (proces_instantie_id);
