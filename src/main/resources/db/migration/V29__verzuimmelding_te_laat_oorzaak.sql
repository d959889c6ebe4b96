-- Issue #22, "absence from the LAS": a verzuimmelding drafted from absence that reached EenPlan after the norm (5
-- werkdagen after the day the threshold was reached; termijnen.dmn, rule verzuim/melden) says why it is late, e.g.
-- "laat geregistreerd in het LAS (registratiedatum ...)", so leerplicht sees the cause. Empty for reports in time and
-- for every report made before this migration.
alter table verzuimmelding add column te_laat_oorzaak varchar(500);
