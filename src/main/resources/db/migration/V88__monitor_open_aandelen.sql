-- Issue #25: a share's case not decided yet (a thuiszitter's 12 weeks, a warm handover before 1 August) counts as "no"
-- from its nee_vanaf on. The monitor read those cases from monitor_feit at every request, with for each whether its
-- pupil had a decided case in the same cell: at 1,000,000 pupils more than half of PostgreSQL's work for a school year.

-- Per school and period the worker now writes them as steps in time (monitor.OpenAandelen): per cell and moment how
-- many cases and pupils start to count then. Aggregates only: no pupil or dossier ids. Null: a row written before V88
-- (or by a node of an older version), whose open cases the monitor still reads from the facts.
alter table monitor_schoolperiode add column open_aandelen bytea;

-- Every school with such a case is recomputed once (its rows then hold the steps, and a period with open cases only
-- gets a row). Until the worker has done these rows the monitor reads every open case from the facts, as before V88.
insert into monitor_cel_wachtrij (school_id, maand)
    select distinct school_id, cast(null as date) from monitor_feit where ja is null and nee_vanaf is not null;
insert into monitor_status (naam, waarde) select 'open_vulling_tot', coalesce(max(id), 0) from monitor_cel_wachtrij;
