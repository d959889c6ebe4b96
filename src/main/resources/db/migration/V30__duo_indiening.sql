-- Issue #22, "DUO's register as the channel": the report goes to DUO's verzuimregister; EenPlan records DUO's kenmerk,
-- the day it was submitted and by whom, and the moment EenPlan signalled that it was not confirmed within the norm
-- (once per report). New nullable columns only: existing reports keep what they have (submitted before this version,
-- so without a kenmerk in EenPlan).
alter table verzuimmelding add column duo_kenmerk varchar(50);
alter table verzuimmelding add column ingediend_bij_duo_op date;
alter table verzuimmelding add column ingediend_door varchar(100);
alter table verzuimmelding add column te_laat_gesignaleerd_op timestamp with time zone;
