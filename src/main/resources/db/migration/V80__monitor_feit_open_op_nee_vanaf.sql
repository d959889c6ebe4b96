-- Issue #25: the shares not decided yet are read per monitor request (monitor.Celtabel.OPEN). V75 indexed them on
-- (ja, peildag), but "ja is null" holds for every duration and score fact too, so a school year's request at 1,000,000
-- pupils walked millions of index entries for about 6,000 undecided facts (bench: ~0.9 s PostgreSQL CPU per request).
-- Only an undecided share has nee_vanaf (monitor.Monitorfeiten: the moment it starts to count as "no"); a decided
-- fact has none. So the index is on that moment: a request reads the undecided facts due by now, then their day.
drop index monitor_feit_open;
create index monitor_feit_open on monitor_feit (nee_vanaf, peildag);
