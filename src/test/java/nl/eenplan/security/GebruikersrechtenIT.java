package nl.eenplan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.eenplan.IntegratieTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.GrantedAuthority;

/**
 * The schools a user sees ({@link Gebruikersrechten#scholen}, EenPlan's own read of the tenant memberships, issue #25)
 * are exactly those of Camunda's tenant query, and whether they work for one school
 * ({@link Gebruikersrechten#hoortBijSchool}) agrees, for every user of the installation: the demo users and users who
 * belong to a school directly, through one or two groups, both ways at once, through a group that lost its membership
 * or was removed, or not at all; and an id in other capitals.
 */
class GebruikersrechtenIT extends IntegratieTest {

    private static final List<String> GEBRUIKERS = List.of("grdirect", "grgroep", "grbeide", "grniets", "grtwee");
    private static final List<String> GROEPEN = List.of("grg1", "grg2", "grleeg");
    private static final List<String> SCHOLEN = List.of("GR01", "GR02", "GR03", "GR04");

    @Autowired
    private Gebruikersrechten rechten;
    @Autowired
    private IdentityService identityService;
    @Autowired
    private GebruikerService gebruikers;

    @BeforeEach
    void richIn() {
        opruimen();
        GEBRUIKERS.forEach(g -> {
            User u = identityService.newUser(g);
            u.setPassword("geheim");
            // Last names in another order than the ids, for the order of a school's colleagues.
            u.setLastName(switch (g) {
                case "grtwee" -> "Aalbers";
                case "grgroep" -> "Bakker";
                case "grbeide" -> "Claes";
                default -> null;
            });
            u.setFirstName("grgroep".equals(g) ? "Bea" : null);
            u.setEmail("grgroep".equals(g) ? "bea.bakker@school.example" : null);
            identityService.saveUser(u);
        });
        GROEPEN.forEach(g -> identityService.saveGroup(identityService.newGroup(g)));
        SCHOLEN.forEach(s -> identityService.saveTenant(identityService.newTenant(s)));
        identityService.createTenantUserMembership("GR01", "grdirect");
        identityService.createTenantUserMembership("GR01", "grbeide");
        identityService.createTenantGroupMembership("GR01", "grg1");
        identityService.createTenantGroupMembership("GR02", "grg1");
        identityService.createTenantGroupMembership("GR03", "grg2");
        identityService.createTenantGroupMembership("GR01", "grg2"); // grtwee has GR01 through both groups
        identityService.createMembership("grgroep", "grg1");
        identityService.createMembership("grbeide", "grg1");
        identityService.createMembership("grtwee", "grg2"); // before grg1: the groups come in Camunda's order by id
        identityService.createMembership("grtwee", "grg1");
        identityService.createMembership("grniets", "grleeg");
    }

    @AfterEach
    void opruimen() {
        GEBRUIKERS.forEach(identityService::deleteUser);
        GROEPEN.forEach(identityService::deleteGroup);
        SCHOLEN.forEach(identityService::deleteTenant);
    }

    @Test
    void elkeGebruikerZietDeScholenDieCamundaNoemt() {
        assertThat(rechten.scholen("grdirect")).containsExactly("GR01");
        assertThat(rechten.scholen("grgroep")).containsExactlyInAnyOrder("GR01", "GR02");
        assertThat(rechten.scholen("grbeide")).containsExactlyInAnyOrder("GR01", "GR02");
        assertThat(rechten.scholen("grtwee")).containsExactlyInAnyOrder("GR01", "GR02", "GR03");
        assertThat(rechten.scholen("grniets")).isEmpty();
        assertThat(rechten.scholen("niemand")).isEmpty();
        assertThat(rechten.scholen("GRDIRECT")).isEmpty(); // ids are compared as they are, as Camunda does
        List<String> iedereen = new ArrayList<>();
        identityService.createUserQuery().list().forEach(u -> iedereen.add(u.getId()));
        assertThat(iedereen).hasSizeGreaterThan(GEBRUIKERS.size());
        iedereen.add("GRDIRECT");
        gelijkVoor(iedereen);
    }

    /**
     * At a sign-in no Camunda authentication is set (EenPlan's engine filter clears it first); were one set, the
     * schools stay the user's memberships: EenPlan's read does not depend on it.
     */
    @Test
    void eenCamundaAanmeldingVerandertDeScholenNiet() {
        identityService.setAuthentication("grtwee", List.of("grg1", "grg2"));
        try {
            assertThat(rechten.scholen("grtwee")).containsExactlyInAnyOrder("GR01", "GR02", "GR03");
        } finally {
            identityService.clearAuthentication();
        }
    }

    /**
     * Whether someone works for a school (a task assigned to them, GebruikerService.hoortBijSchool) is their
     * memberships alone, whoever asks: Camunda's tenant query would answer "no" to someone without READ on the tenant.
     */
    @Test
    void ofIemandBijEenSchoolHoortHangtNietAfVanWieHetVraagt() {
        identityService.setAuthentication("grniets", List.of("grleeg"));
        try {
            assertThat(rechten.hoortBijSchool("grdirect", "GR01")).isTrue();
            assertThat(rechten.hoortBijSchool("grgroep", "GR02")).isTrue();
            assertThat(rechten.hoortBijSchool("grgroep", "GR03")).isFalse();
            assertThat(identityService.createTenantQuery().userMember("grdirect").includingGroupsOfUser(true)
                    .tenantId("GR01").count()).as("Camunda's query for someone without READ").isZero();
        } finally {
            identityService.clearAuthentication();
        }
    }

    @Test
    void eenGroepOfSchoolDieVerdwijntNeemtZijnScholenMee() {
        identityService.deleteTenantGroupMembership("GR02", "grg1");
        identityService.deleteMembership("grgroep", "grg1");
        identityService.deleteTenant("GR01");
        assertThat(rechten.scholen("grtwee")).containsExactly("GR03");
        gelijkVoor(GEBRUIKERS);
        identityService.deleteGroup("grg2");
        assertThat(rechten.scholen("grtwee")).isEmpty();
        assertThat(rechten.scholen("grgroep")).isEmpty();
        assertThat(rechten.scholen("grdirect")).isEmpty();
        gelijkVoor(GEBRUIKERS);
    }

    /**
     * A school's colleagues in a group (whom to choose as a successor, GebruikerService.ledenBijSchool) are those the
     * same rule counts at that school: also through a group, which Camunda's {@code memberOfTenant} left out.
     */
    @Test
    void deCollegasVanEenSchoolVolgenDezelfdeRegel() {
        assertThat(gebruikers.ledenBijSchool("grg1", "GR01")).containsExactly(
                new GebruikerService.Persoon("grtwee", "Aalbers"),
                new GebruikerService.Persoon("grgroep", "Bea Bakker"),
                new GebruikerService.Persoon("grbeide", "Claes"));
        for (String groep : GROEPEN) {
            List<String> leden = new ArrayList<>();
            identityService.createUserQuery().memberOfGroup(groep).list().forEach(u -> leden.add(u.getId()));
            for (String school : List.of("GR01", "GR02", "GR03", "GR04", "GR99")) {
                assertThat(gebruikers.ledenBijSchool(groep, school)).as(groep + " " + school)
                        .extracting(GebruikerService.Persoon::id).containsExactlyInAnyOrderElementsOf(
                                leden.stream().filter(g -> rechten.scholen(g).contains(school)).toList());
            }
        }
        identityService.deleteTenantGroupMembership("GR01", "grg1");
        assertThat(gebruikers.ledenBijSchool("grg1", "GR01")).extracting(GebruikerService.Persoon::id)
                .containsExactly("grtwee", "grbeide"); // grtwee through grg2, grbeide directly
    }

    /**
     * The questions about another user (exists, member of a group, name, e-mail address, their groups; whether a
     * group exists) give what Camunda's queries give without a Camunda authentication, and the same under one:
     * Camunda's queries would then answer only about the users and groups the signed-in user may READ (Tasklist's and
     * /engine-rest's requests, a mail sent after their commit).
     */
    @Test
    void deVragenOverAndereGebruikersHangenNietAfVanWieHetVraagt() {
        List<String> iedereen = new ArrayList<>();
        identityService.createUserQuery().list().forEach(u -> iedereen.add(u.getId()));
        iedereen.addAll(List.of("GRGROEP", "niemand"));
        List<String> groepen = new ArrayList<>(GROEPEN);
        identityService.createGroupQuery().list().forEach(g -> groepen.add(g.getId()));
        groepen.add("GRG1");
        for (String g : iedereen) {
            User u = identityService.createUserQuery().userId(g).singleResult();
            assertThat(gebruikers.bestaat(g)).as(g).isEqualTo(u != null);
            assertThat(gebruikers.naamVan(g)).as(g).isEqualTo(u == null ? Optional.empty()
                    : Optional.of((nietNull(u.getFirstName()) + " " + nietNull(u.getLastName())).trim())
                    .filter(n -> !n.isEmpty()));
            for (String groep : groepen) {
                assertThat(gebruikers.isLidVan(g, groep)).as(g + " " + groep).isEqualTo(
                        identityService.createUserQuery().userId(g).memberOfGroup(groep).count() > 0);
            }
            assertThat(rechten.groepen(g)).as(g).extracting(GrantedAuthority::getAuthority).containsExactlyElementsOf(
                    identityService.createGroupQuery().groupMember(g).list().stream().map(Group::getId).toList());
        }
        for (String groep : groepen) {
            assertThat(gebruikers.groepBestaat(groep)).as(groep)
                    .isEqualTo(identityService.createGroupQuery().groupId(groep).count() > 0);
        }
        identityService.setAuthentication("grniets", List.of("grleeg"));
        try {
            assertThat(identityService.createUserQuery().userId("grgroep").count())
                    .as("Camunda's query for someone without READ").isZero();
            assertThat(gebruikers.bestaat("grgroep")).isTrue();
            assertThat(gebruikers.bestaat("niemand")).isFalse();
            assertThat(gebruikers.isLidVan("grgroep", "grg1")).isTrue();
            assertThat(gebruikers.isLidVan("grgroep", "grg2")).isFalse();
            assertThat(gebruikers.naamVan("grgroep")).contains("Bea Bakker");
            assertThat(gebruikers.emailadresVan("grgroep")).contains("bea.bakker@school.example");
            assertThat(gebruikers.emailadresVan("grdirect")).isEmpty();
            assertThat(gebruikers.groepBestaat("grg2")).isTrue();
            assertThat(identityService.createGroupQuery().groupMember("grgroep").count())
                    .as("Camunda's group query for someone without READ").isZero();
            assertThat(rechten.groepen("grgroep")).extracting(GrantedAuthority::getAuthority).containsExactly("grg1");
        } finally {
            identityService.clearAuthentication();
        }
    }

    private static String nietNull(String tekst) {
        return tekst == null ? "" : tekst;
    }

    /** For each user: the schools as Camunda's query gives them, and whether they work for each test school alike. */
    private void gelijkVoor(List<String> gebruikers) {
        gebruikers.forEach(g -> {
            Set<String> scholen = volgensCamunda(g);
            assertThat(rechten.scholen(g)).as(g).isEqualTo(scholen);
            for (String school : List.of("GR01", "GR02", "GR03", "GR04", "GR99", "gr01")) {
                assertThat(rechten.hoortBijSchool(g, school)).as(g + " " + school).isEqualTo(scholen.contains(school));
            }
        });
    }

    private Set<String> volgensCamunda(String gebruiker) {
        return identityService.createTenantQuery().userMember(gebruiker).includingGroupsOfUser(true).list().stream()
                .map(Tenant::getId).collect(Collectors.toSet());
    }
}
