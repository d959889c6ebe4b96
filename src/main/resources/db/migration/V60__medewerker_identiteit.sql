-- Issue #24, slice 4: a professional who signs in through their organisation's identity provider (OpenID Connect) is
-- bound at the first sign-in to the Camunda user the provider's claim names. One subject per user and one user per
-- subject: a later sign-in with another subject for that user, or with this subject for another user, is refused
-- (security.MedewerkerIdentiteiten). The subject itself is not kept: only its HMAC-SHA256 under the installation's key
-- (eenplan.aanmelden.medewerker.geheim), as hex. No tokens of the provider are kept anywhere.
create table medewerker_identiteit (
    gebruiker     varchar(64)  not null primary key,
    issuer        varchar(500) not null,
    onderwerp     varchar(64)  not null,
    gekoppeld_op  timestamp    not null,
    constraint uk_medewerker_identiteit_onderwerp unique (issuer, onderwerp)
);
