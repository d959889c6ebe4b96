-- Issue #23, "toelatingtermijnen": parents who take a refusal of admission to the Geschillencommissie passend onderwijs
-- (WPO art. 43). The board does not decide on their objection before the commission's oordeel (lid 4), which comes
-- within 10 weeks (lid 3); its term pauses meanwhile (nl.eenplan.toelating.Bezwaarregel). "geschillencommissie_op": the
-- day the parents went to the commission; the oordeel (GEGROND or ONGEGROND) with its day; "oordeel_gevolg": what the
-- board does with it, as its decision on the objection says (Besluit bekostiging WPO art. 34.9 lid 8). Existing
-- admissions have none.
alter table toelating add column geschillencommissie_op date;
alter table toelating add column geschillencommissie_oordeel_op date;
alter table toelating add column geschillencommissie_oordeel varchar(20);
alter table toelating add column oordeel_gevolg varchar(2000);
