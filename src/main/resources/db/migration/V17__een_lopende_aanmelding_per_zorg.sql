-- The same concern about a pupil (same categories, urgency and answer on signs of unsafety) starts one referral at
-- a time: "lopend" is TRUE while its referral may run and empty once EenPlan saw it ended, and unique with those
-- columns, so five posts at once start one. Referrals from before: the latest of each such concern counts as
-- possibly running (EenPlan looks at its process the next time the concern comes in); earlier ones stay as they are,
-- their processes too.
alter table aanmelding add column lopend boolean;

update aanmelding set lopend = true
where proces_instantie_id is not null
  and id = (select max(b.id) from aanmelding b
            where b.dossier_nummer = aanmelding.dossier_nummer and b.categorieen = aanmelding.categorieen
              and b.urgentie = aanmelding.urgentie and b.signalen_onveiligheid = aanmelding.signalen_onveiligheid
              and b.proces_instantie_id is not null);

alter table aanmelding add constraint aanmelding_lopend_alleen_waar check (lopend is null or lopend = true);
alter table aanmelding add constraint aanmelding_een_lopende_per_zorg
    unique (dossier_nummer, categorieen, urgentie, signalen_onveiligheid, lopend);
