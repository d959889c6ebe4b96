-- Issue #25: a process owner's view of every school (6,900 nationally) read every school's day histograms to compute
-- a figure's percentiles over a gemeente, an SWV or the total: 145,000 cells per school year, 1.7-1.9 s per request.
-- The durations' histograms are now also kept per gemeente, SWV and in total, so such a request reads every school's
-- counts (the suppression needs them) but only the histograms of the grouping shown.

-- The groups a school's cell was added to in monitor_groepcel (the school's gemeente and SWV when the cell was written,
-- '' for none); null: a cell of before V82, counted in no group cell. A school whose gemeente or SWV changes has cells
-- counted under its old groups until the worker recomputes them; the monitor sees that and reads the school histograms
-- meanwhile (monitor.Celtabel).
alter table monitor_cel add column gemeente varchar(100);
alter table monitor_cel add column samenwerkingsverband varchar(200);

-- One row per period, grouping (GEMEENTE, SWV, TOTAAL), duration indicator, onderdeel ('' when not split) and group:
-- the sum of the day histograms of the school cells counted under that group (monitor.Monitorcellen keeps it with
-- them, in the same transaction). Aggregates only: no pupil, dossier or school ids.
create table monitor_groepcel (
    periode     varchar(9)   not null,
    indeling    varchar(8)   not null,
    indicator   varchar(60)  not null,
    onderdeel   varchar(300) not null,
    groep       varchar(200) not null,
    dagen       bytea        not null,
    primary key (periode, indeling, indicator, onderdeel, groep)
);

-- Changes to the group cells are made one transaction at a time, under this row's lock, taken just before commit
-- (after every other lock of the transaction, so it closes no cycle of waits).
insert into monitor_status (naam, waarde) values ('groepcellen', 0);

-- Every school's cells are recomputed once, which counts them in their group cells. Until a group's cells all are,
-- the monitor computes that group's percentiles from the school cells as before: the same figures, more slowly.
insert into monitor_cel_wachtrij (school_id, maand) select id, null from school;
