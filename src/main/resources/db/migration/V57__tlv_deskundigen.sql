-- Issue #23, review item 3a: the deskundigen who advised on a TLV are kept with the TLV itself, so whoever may read the
-- TLV sees them, also after a school change moved the TLV to the new school's dossier while the arrangement (and its
-- advices) stays behind as the old school's history (docs/processen/tlv.md, "Bij een schoolwissel"). Only who advised:
-- name, discipline, organisation (and its BRIN) and the date of the advice; the advice itself stays with the arrangement.
create table tlv_deskundige (
    tlv_id      bigint       not null references tlv (id),
    volgorde    integer      not null,
    naam        varchar(200) not null,
    discipline  varchar(30),
    organisatie varchar(200),
    brin        varchar(6),
    datum       date,
    primary key (tlv_id, volgorde)
);

-- TLVs granted before this version: their deskundigen copied from the arrangement that granted them.
insert into tlv_deskundige (tlv_id, volgorde, naam, discipline, organisatie, brin, datum)
select t.id, 0, a.advies1_door, a.advies1_discipline, a.advies1_organisatie, a.advies1_brin, a.advies1_datum
from tlv t join arrangement a on a.id = t.arrangement_id
where a.advies1_door is not null;
insert into tlv_deskundige (tlv_id, volgorde, naam, discipline, organisatie, brin, datum)
select t.id, 1, a.advies2_door, a.advies2_discipline, a.advies2_organisatie, a.advies2_brin, a.advies2_datum
from tlv t join arrangement a on a.id = t.arrangement_id
where a.advies2_door is not null;
