-- Issue #24: the level of assurance (eIDAS, the identity provider's acr) of the account's last sign-in, for the proof
-- of a consent the family gives online (AVG art. 7 lid 1). Empty for the demo family and for sign-ins before this.
alter table gezinsaccount add column laatste_niveau varchar(200);
