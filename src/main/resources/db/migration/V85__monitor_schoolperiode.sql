-- Issue #25: a process owner's view of every school by gemeente, SWV or in total read every school's cells of the
-- period (145,000 rows a school year at 6,900 schools; PostgreSQL's floor of reading them once was 332-355 ms of the
-- 500 ms target). It needs their counts only (the histograms it shows are the group cells of V82).

-- One row per school and period: the counts of every cell of monitor_cel of that school and period, without the
-- durations' histograms, as one value (monitor.Schoolperioden), and the groups they were counted under in the group
-- cells (as monitor_cel's columns). Written by the worker with the school's cells, in the same transaction
-- (monitor.Monitorcellen). Aggregates only: no pupil or dossier ids.
create table monitor_schoolperiode (
    school_id            bigint       not null,
    periode              varchar(9)   not null,
    gemeente             varchar(100),
    samenwerkingsverband varchar(200),
    cellen               bytea        not null,
    primary key (school_id, periode)
);
-- The monitor reads a period's rows of every school; the worker replaces a school's rows by the primary key.
create index monitor_schoolperiode_periode on monitor_schoolperiode (periode);

-- The rows of the cells as they are now are written by V86 (Java: the cells' counts as one value each).
