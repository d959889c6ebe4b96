-- Issue #23: the explanation the parents' objection came with, per part, kept apart from the decision's reasons.
-- Registering an objection used to overwrite those reasons ("Bezwaar: ..."), so whoever handled the objection (the
-- home gemeente for the care part) no longer read why it had refused. Rows from before keep what they hold.
alter table arrangement add column onderwijs_bezwaar_toelichting varchar(2000);
alter table arrangement add column zorg_bezwaar_toelichting varchar(2000);
