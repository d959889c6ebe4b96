-- Issue #23, "passend onderwijs as the law runs it": the school board (bevoegd gezag) decides on admission and carries
-- the zorgplicht (WPO art. 40; WEC art. 40; WVO 2020, toelating). A board by DUO's bestuursnummer, and each school's
-- board. Existing schools have none until the installation names it (docs/beheer.md, eenplan.schoolbesturen or
-- PUT /api/scholen/{brin}/bestuur); the log names them at every start.
create table schoolbestuur (
    bestuursnummer varchar(5)   not null primary key,
    naam           varchar(200) not null
);

alter table school add column bestuursnummer varchar(5) references schoolbestuur (bestuursnummer);
