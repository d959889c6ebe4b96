-- Issue 23, "the decision letter starts the objection term": per part (education, care) the day the decision was
-- taken, the letter to the parents (when sent, by whom, how; its text stays outside EenPlan), the last day of the
-- objection term that letter started (Awb art. 6:7, 6:8) and an objection received (when, from whom).
-- Existing arrangements have none of these: their decisions were recorded before the letter was; an objection against
-- them is checked as before (the running instances stay on their model version, docs/beheer.md).
alter table arrangement add column onderwijs_besluit_op date;
alter table arrangement add column zorg_besluit_op date;
alter table arrangement add column onderwijs_brief_op date;
alter table arrangement add column onderwijs_brief_door varchar(200);
alter table arrangement add column onderwijs_brief_wijze varchar(20);
alter table arrangement add column onderwijs_bezwaartermijn_tot date;
alter table arrangement add column zorg_brief_op date;
alter table arrangement add column zorg_brief_door varchar(200);
alter table arrangement add column zorg_brief_wijze varchar(20);
alter table arrangement add column zorg_bezwaartermijn_tot date;
alter table arrangement add column onderwijs_bezwaar_ontvangen_op date;
alter table arrangement add column zorg_bezwaar_ontvangen_op date;
-- The objection step: for a TLV the advice of the Landelijke Bezwaaradviescommissie (when, what), and per part the
-- outcome of the objection (gegrond, ongegrond, ingetrokken).
alter table arrangement add column lbt_advies_op date;
alter table arrangement add column lbt_advies varchar(20);
alter table arrangement add column onderwijs_bezwaar_uitkomst varchar(20);
alter table arrangement add column zorg_bezwaar_uitkomst varchar(20);
