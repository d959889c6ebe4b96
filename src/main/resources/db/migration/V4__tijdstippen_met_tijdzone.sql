-- Moments are stored with their offset: no shift when the server's time zone changes, no ambiguity
-- in the repeated hour when summer time ends, and the same values on H2 and PostgreSQL.
alter table dossier alter column aangemaakt_op set data type timestamp with time zone;
alter table melding alter column aangemaakt_op set data type timestamp with time zone;
alter table melding_gelezen alter column gelezen_op set data type timestamp with time zone;
alter table escalatie alter column deadline set data type timestamp with time zone;
alter table escalatie alter column geescaleerd_op set data type timestamp with time zone;
alter table leerplicht_escalatie alter column ontvangen_op set data type timestamp with time zone;
alter table leerplicht_escalatie alter column beoordelen_voor set data type timestamp with time zone;
alter table leerplicht_escalatie alter column beoordeeld_op set data type timestamp with time zone;
