package nl.eenplan.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * What a Camunda user may do and see, however they signed in (a password, or their organisation's identity provider):
 * each Camunda group becomes an authority with the group id, and the schools (tenants) they belong to, directly or
 * through a group, limit the pupils they see ({@link Toegang}). The one place that reads a user's schools: at a
 * sign-in, when a session reads them again ({@link RechtenHerlezen}), whether someone works for one school
 * ({@link GebruikerService#hoortBijSchool}) and who of a group does ({@link GebruikerService#ledenBijSchool}), with
 * their e-mail addresses for a notification whoever is signed in. It reads a user's groups and answers the questions
 * about other users that {@link GebruikerService} asks (exists, member of a group, name) from Camunda's tables too,
 * so that no answer depends on who is signed in.
 */
@Component
class Gebruikersrechten {

    /**
     * The tenants of a user's own memberships and of their groups' memberships: what Camunda's tenant query
     * ({@code userMember(gebruiker).includingGroupsOfUser(true)}) answers at a sign-in, as ids only. Camunda's query
     * joins the user's tenant rows, de-duplicates and sorts them and makes an entity of each; an API client signs in on
     * every request, and for a process owner of 6,900 schools that took 24 ms of PostgreSQL per request (issue #25). A
     * member row always has its tenant (Camunda's foreign key), so the tenant table adds nothing. Like the rest of
     * EenPlan this reads Camunda's own identity tables (the engine's database identity provider, no table prefix).
     * A sign-in sets no Camunda authentication, so Camunda's query checks no authorization there either; under one,
     * it would also ask for READ on each tenant. {@code GebruikersrechtenIT} compares the two.
     */
    private static final String SCHOLEN = "select TENANT_ID_ from ACT_ID_TENANT_MEMBER where USER_ID_ = ? union "
            + "select TM.TENANT_ID_ from ACT_ID_TENANT_MEMBER TM join ACT_ID_MEMBERSHIP M on M.GROUP_ID_ = TM.GROUP_ID_ "
            + "where M.USER_ID_ = ?";

    /** Whether one school is among them: the same rule, for a single school (the database keeps to that school). */
    private static final String HOORT_BIJ = "select count(*) from (" + SCHOLEN + ") S where S.TENANT_ID_ = ?";

    /**
     * The members of a group who work for a school: the same rule seen from the school (its tenant's members, directly
     * or through a group), by last and first name.
     */
    private static final String LEDEN_BIJ_SCHOOL = "select U.ID_, U.FIRST_, U.LAST_, U.EMAIL_ from ACT_ID_USER U "
            + "join ACT_ID_MEMBERSHIP G on G.USER_ID_ = U.ID_ where G.GROUP_ID_ = ? and U.ID_ in ("
            + "select TM.USER_ID_ from ACT_ID_TENANT_MEMBER TM where TM.TENANT_ID_ = ? union "
            + "select M.USER_ID_ from ACT_ID_TENANT_MEMBER TM join ACT_ID_MEMBERSHIP M on M.GROUP_ID_ = TM.GROUP_ID_ "
            + "where TM.TENANT_ID_ = ?) order by U.LAST_, U.FIRST_, U.ID_";

    /** A user as {@link #lid} and {@link #ledenBijSchool} give them: the id, names and e-mail address as far as set. */
    record Lid(String id, String voornaam, String achternaam, String email) {
    }

    private static final RowMapper<Lid> LID = (rs, i) -> new Lid(rs.getString(1), rs.getString(2), rs.getString(3),
            rs.getString(4));

    private final JdbcTemplate jdbc;

    Gebruikersrechten(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The user's groups as authorities, ordered by id as Camunda's group query ({@code groupMember(gebruiker)}) gives
     * them; like the questions below from the memberships themselves, so that the answer does not depend on who is
     * signed in (a membership always has its group: Camunda's foreign key).
     */
    List<GrantedAuthority> groepen(String gebruiker) {
        return jdbc.queryForList("select GROUP_ID_ from ACT_ID_MEMBERSHIP where USER_ID_ = ? order by GROUP_ID_",
                String.class, gebruiker).stream().<GrantedAuthority>map(SimpleGrantedAuthority::new).toList();
    }

    Set<String> scholen(String gebruiker) {
        return Set.copyOf(jdbc.queryForList(SCHOLEN, String.class, gebruiker, gebruiker));
    }

    /**
     * A password sign-in of this user with their groups and schools of now: the user id as principal, no password
     * kept, the schools in the details ({@link Toegang}). At the sign-in and when a session reads them again.
     */
    UsernamePasswordAuthenticationToken metWachtwoord(String gebruiker) {
        var aangemeld = UsernamePasswordAuthenticationToken.authenticated(gebruiker, null, groepen(gebruiker));
        aangemeld.setDetails(new Toegang.Aanmelding(scholen(gebruiker)));
        return aangemeld;
    }

    /**
     * Whether the user works for this school ({@link GebruikerService#hoortBijSchool}): the schools of
     * {@link #scholen}, for one. Whoever asks, the answer is the user's memberships alone. Camunda's tenant query
     * would also ask READ on the tenant for whoever is signed in, were authorization checked where it runs; in the
     * callers of today it is not (a task listener runs without checks, the others without a Camunda authentication),
     * so the answers were the same, but the rule no longer depends on that.
     */
    boolean hoortBijSchool(String gebruiker, String brin) {
        return telt(HOORT_BIJ, gebruiker, gebruiker, brin);
    }

    /**
     * Whether a user with this id exists (ids compared as they are, as Camunda does); whoever is signed in, as the
     * questions below: a Camunda user or group query under someone's authentication answers only about the users and
     * groups they may READ, which is their own user.
     */
    boolean bestaat(String gebruiker) {
        return telt("select count(*) from ACT_ID_USER where ID_ = ?", gebruiker);
    }

    /** Whether a group with this id exists. */
    boolean groepBestaat(String groep) {
        return telt("select count(*) from ACT_ID_GROUP where ID_ = ?", groep);
    }

    /** Whether the user is a member of the group (a membership has its user and group: Camunda's foreign keys). */
    boolean isLidVan(String gebruiker, String groep) {
        return telt("select count(*) from ACT_ID_MEMBERSHIP where USER_ID_ = ? and GROUP_ID_ = ?", gebruiker, groep);
    }

    /** The user as Camunda stores them (names and e-mail address as far as they have them), if the user exists. */
    Optional<Lid> lid(String gebruiker) {
        return jdbc.query("select ID_, FIRST_, LAST_, EMAIL_ from ACT_ID_USER where ID_ = ?", LID, gebruiker).stream()
                .findFirst();
    }

    private boolean telt(String sql, Object... parameters) {
        Integer aantal = jdbc.queryForObject(sql, Integer.class, parameters);
        return aantal != null && aantal > 0;
    }

    /** The group's members for whom {@link #hoortBijSchool} says yes at this school. */
    List<Lid> ledenBijSchool(String groep, String brin) {
        return jdbc.query(LEDEN_BIJ_SCHOOL, LID, groep, brin, brin);
    }
}
