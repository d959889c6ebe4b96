package nl.eenplan.gezin;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.eenplan.dossier.DossierVerwijderd;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The family's accounts and their bindings to pupils (tables gezinsaccount and gezinskoppeling, V58). Only bindings in
 * force count; every lookup by a public id is by the signed-in account too, so another family's id finds nothing.
 */
@Component
class Gezinsregister {

    /** Who the account is for the pupil: a guardian of the dossier, or the pupil herself. */
    enum Rol { OUDER, LEERLING }

    /** A binding in force. {@code ouderId} is the guardian in the dossier; null for the pupil herself. */
    record Koppeling(long id, String publiekId, long accountId, String dossierNummer, Long ouderId, Rol rol) {
    }

    private static final RowMapper<Koppeling> KOPPELING = (rs, i) -> new Koppeling(rs.getLong("id"),
            rs.getString("publiek_id"), rs.getLong("account_id"), rs.getString("dossier_nummer"),
            rs.getObject("ouder_id") == null ? null : rs.getLong("ouder_id"), Rol.valueOf(rs.getString("rol")));

    private static final String KOPPELINGEN = "select id, publiek_id, account_id, dossier_nummer, ouder_id, rol "
            + "from gezinskoppeling where beeindigd_op is null and account_id = ?";

    private final JdbcTemplate jdbc;

    Gezinsregister(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    Optional<Long> account(String subjectHash) {
        return jdbc.queryForList("select id from gezinsaccount where subject_hash = ?", Long.class, subjectHash).stream()
                .findFirst();
    }

    /** The account with this subject, made when it is not there yet. */
    @Transactional
    long zorgVoorAccount(String subjectHash, String issuerAlias, Instant op) {
        return account(subjectHash).orElseGet(() -> {
            jdbc.update("insert into gezinsaccount (subject_hash, issuer_alias, aangemaakt_op) values (?, ?, ?)",
                    subjectHash, issuerAlias, Timestamp.from(op));
            return account(subjectHash).orElseThrow();
        });
    }

    /**
     * A sign-in of the account, with the level of assurance the identity provider stated ({@code acr}; null for the
     * demo's form, which keeps the level recorded before).
     */
    @Transactional
    void aangemeld(long accountId, Instant op, String niveau) {
        // The sign-in before this one stays: "Wat wacht op u" shows what was answered since then as new.
        jdbc.update("update gezinsaccount set vorige_aanmelding_op = laatst_aangemeld_op, laatst_aangemeld_op = ?,"
                + " laatste_niveau = coalesce(?, laatste_niveau) where id = ?", Timestamp.from(op), niveau, accountId);
    }

    /** The accounts with a binding in force to this dossier (who may be told that something waits). */
    @Transactional(readOnly = true)
    List<Long> accountsVanDossier(String dossierNummer) {
        return jdbc.queryForList("select distinct account_id from gezinskoppeling where beeindigd_op is null"
                + " and dossier_nummer = ? order by account_id", Long.class, dossierNummer);
    }

    /** The account's own e-mail address, if it has one. */
    @Transactional(readOnly = true)
    Optional<String> email(long accountId) {
        return jdbc.queryForList("select email from gezinsaccount where id = ? and email is not null", String.class,
                accountId).stream().filter(e -> !e.isBlank()).findFirst();
    }

    /** When this account signed in before the current sign-in (empty: this is the first). */
    @Transactional(readOnly = true)
    Optional<Instant> vorigeAanmelding(long accountId) {
        return jdbc.query("select vorige_aanmelding_op from gezinsaccount where id = ?",
                (rs, i) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant), accountId)
                .stream().findFirst().flatMap(o -> o);
    }

    /** How many accounts of the demo family this database holds. */
    @Transactional(readOnly = true)
    long demoAccounts() {
        Long aantal = jdbc.queryForObject("select count(*) from gezinsaccount where issuer_alias = ?", Long.class,
                Subjecthash.DEMO);
        return aantal == null ? 0 : aantal;
    }

    /** The bindings in force of this account, oldest first. */
    @Transactional(readOnly = true)
    List<Koppeling> koppelingen(long accountId) {
        return jdbc.query(KOPPELINGEN + " order by id", KOPPELING, accountId);
    }

    /** This account's binding in force with this public id; empty for any other account's. */
    @Transactional(readOnly = true)
    Optional<Koppeling> koppeling(long accountId, String publiekId) {
        return jdbc.query(KOPPELINGEN + " and publiek_id = ?", KOPPELING, accountId, publiekId).stream().findFirst();
    }

    /** The bindings in force to this dossier, oldest first. */
    @Transactional(readOnly = true)
    List<Koppeling> inWerking(String dossierNummer) {
        return jdbc.query(KOPPELINGEN.replace("account_id = ?", "dossier_nummer = ?") + " order by id", KOPPELING,
                dossierNummer);
    }

    /** Binds the account to the pupil in this role, unless that binding is in force already. */
    @Transactional
    Koppeling koppel(long accountId, String dossierNummer, Long ouderId, Rol rol, Instant op) {
        String sleutel = accountId + "|" + dossierNummer + "|" + (ouderId == null ? "L" : ouderId);
        List<Koppeling> bestaand = jdbc.query(KOPPELINGEN.replace("account_id = ?", "sleutel = ?"), KOPPELING,
                sleutel);
        if (!bestaand.isEmpty()) {
            return bestaand.get(0);
        }
        jdbc.update("insert into gezinskoppeling (publiek_id, account_id, dossier_nummer, ouder_id, rol, gekoppeld_op, "
                        + "sleutel) values (?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID().toString(), accountId,
                dossierNummer, ouderId, rol.name(), Timestamp.from(op), sleutel);
        return jdbc.query(KOPPELINGEN.replace("account_id = ?", "sleutel = ?"), KOPPELING, sleutel).get(0);
    }

    /** Ends a binding: from now on the account does not see this pupil; the row stays as history. */
    @Transactional
    void beeindig(long koppelingId, String door, String reden, Instant op) {
        jdbc.update("update gezinskoppeling set beeindigd_op = ?, beeindigd_door = ?, reden = ?, sleutel = null "
                + "where id = ? and beeindigd_op is null", Timestamp.from(op), door, reden, koppelingId);
    }

    /** A binding of a dossier, in force or ended, as the school sees it. */
    record Schoolkoppeling(long id, Long ouderId, Rol rol, Instant gekoppeldOp, Instant beeindigdOp, String beeindigdDoor) {
    }

    /** All bindings of this dossier, in force and ended, oldest first: for the school. */
    @Transactional(readOnly = true)
    List<Schoolkoppeling> vanDossier(String dossierNummer) {
        return jdbc.query("select id, ouder_id, rol, gekoppeld_op, beeindigd_op, beeindigd_door from gezinskoppeling "
                + "where dossier_nummer = ? order by id", (rs, i) -> new Schoolkoppeling(rs.getLong("id"),
                rs.getObject("ouder_id") == null ? null : rs.getLong("ouder_id"), Rol.valueOf(rs.getString("rol")),
                rs.getTimestamp("gekoppeld_op").toInstant(),
                rs.getTimestamp("beeindigd_op") == null ? null : rs.getTimestamp("beeindigd_op").toInstant(),
                rs.getString("beeindigd_door")), dossierNummer);
    }

    /** The guardians of this pupil with an account bound to them in force (for opp.OnlineOuders). */
    @Transactional(readOnly = true)
    java.util.Set<Long> oudersMetAccount(String dossierNummer) {
        return new java.util.HashSet<>(jdbc.queryForList("select ouder_id from gezinskoppeling where dossier_nummer = ? "
                + "and rol = 'OUDER' and beeindigd_op is null", Long.class, dossierNummer));
    }

    /** How the account signs in: its identity provider's alias, the last sign-in and its level (acr). */
    record Aanmelding(String issuerAlias, Instant laatstAangemeldOp, String niveau) {
    }

    @Transactional(readOnly = true)
    Aanmelding aanmelding(long accountId) {
        return jdbc.queryForObject("select issuer_alias, laatst_aangemeld_op, laatste_niveau from gezinsaccount "
                + "where id = ?", (rs, i) -> new Aanmelding(rs.getString("issuer_alias"),
                rs.getTimestamp("laatst_aangemeld_op") == null ? null : rs.getTimestamp("laatst_aangemeld_op").toInstant(),
                rs.getString("laatste_niveau")), accountId);
    }

    /**
     * Whether this is a pupil's account: all its bindings, in force or ended, are the pupil's own (role LEERLING). An
     * account is a pupil's or a guardian's; one with no binding, or with a guardian's, is spoken to as a parent ("u").
     */
    @Transactional(readOnly = true)
    boolean isLeerling(long accountId) {
        List<String> rollen = jdbc.queryForList("select distinct rol from gezinskoppeling where account_id = ?",
                String.class, accountId);
        return rollen.equals(List.of(Rol.LEERLING.name()));
    }

    @Transactional(readOnly = true)
    Optional<String> taal(long accountId) {
        return jdbc.queryForList("select taal from gezinsaccount where id = ?", String.class, accountId).stream()
                .findFirst();
    }

    @Transactional
    void zetTaal(long accountId, String taal) {
        jdbc.update("update gezinsaccount set taal = ? where id = ?", taal, accountId);
    }

    /** Bindings go with the dossier when it is removed after its retention (docs/privacy.md). */
    @EventListener
    void dossierVerwijderd(DossierVerwijderd verwijderd) {
        jdbc.update("delete from gezinskoppeling where dossier_nummer = ?", verwijderd.nummer());
    }
}
