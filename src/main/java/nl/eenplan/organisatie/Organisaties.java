package nl.eenplan.organisatie;

import java.text.Normalizer;
import java.util.Locale;
import nl.eenplan.security.Groepen;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.stereotype.Service;

/**
 * The organisations of a regional installation, kept in Camunda's identity store so Tasklist, Cockpit,
 * /engine-rest and /api agree on who sees which pupil:
 * <ul>
 *   <li>every school is a Camunda tenant (id = BRIN); each process instance of a pupil carries the tenant
 *       of the pupil's school (nl.eenplan.engine.TenantPerSchool);</li>
 *   <li>every gemeente and every samenwerkingsverband is a Camunda group of type {@code gemeente} or
 *       {@code swv}, member of the tenants of its schools;</li>
 *   <li>every gemeente known by its CBS code is a tenant too (id = the code, e.g. GM0344) with its group as member:
 *       an escalation to leerplicht belongs to the gemeente where the pupil lives (nl.eenplan.leerplicht), not to
 *       the school;</li>
 *   <li>school staff are members of their school's tenant; staff of a gemeente (leerplicht, jeugdhulp,
 *       toegang) or an SWV are members of its group and so see the pupils of all its schools.</li>
 * </ul>
 * Process owners ({@code procesbeheer}) are members of every school's tenant: they watch all instances in
 * Cockpit, whose variables hold ids and routing facts only.
 */
@Service
public class Organisaties {

    /** Camunda group types of the organisation groups. */
    public static final String TYPE_GEMEENTE = "gemeente";
    public static final String TYPE_SWV = "swv";

    /** Camunda ids are at most 64 characters. */
    private static final int MAX_ID = 64;

    private final IdentityService identityService;

    Organisaties(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** Makes the school a tenant with its gemeente, SWV and process owners as members; adds only what is missing. */
    public void richtSchoolIn(String brin, String naam, String gemeente, String samenwerkingsverband) {
        Tenant tenant = identityService.createTenantQuery().tenantId(brin).singleResult();
        if (tenant == null) {
            tenant = identityService.newTenant(brin);
            tenant.setName(naam);
            identityService.saveTenant(tenant);
        }
        String gemeenteGroep = zorgVoorGroep(gemeenteGroep(gemeente), "Gemeente " + gemeente, TYPE_GEMEENTE);
        String swvGroep = zorgVoorGroep(swvGroep(samenwerkingsverband), samenwerkingsverband, TYPE_SWV);
        for (String groep : new String[] {gemeenteGroep, swvGroep, Groepen.PROCESBEHEER}) {
            if (identityService.createGroupQuery().groupId(groep).memberOfTenant(brin).count() == 0) {
                identityService.createTenantGroupMembership(brin, groep);
            }
        }
    }

    /**
     * Makes the gemeente's CBS code a tenant with its group and the process owners as members: the cases the gemeente
     * handles for pupils who live there (an escalation to leerplicht) belong to it, whatever school the pupil attends.
     */
    public void richtGemeenteIn(String code, String naam, String groep) {
        Tenant tenant = identityService.createTenantQuery().tenantId(code).singleResult();
        if (tenant == null) {
            tenant = identityService.newTenant(code);
        }
        tenant.setName(naam);
        identityService.saveTenant(tenant);
        zorgVoorGroep(groep, naam, TYPE_GEMEENTE);
        for (String lid : new String[] {groep, Groepen.PROCESBEHEER}) {
            if (identityService.createGroupQuery().groupId(lid).memberOfTenant(code).count() == 0) {
                identityService.createTenantGroupMembership(code, lid);
            }
        }
    }

    /**
     * Makes the samenwerkingsverband a tenant of its own (id {@link #swvTenant}) with its group and the process owners as
     * members; adds only what is missing. The cases the SWV handles itself, not for a school, belong to it: an objection
     * against its decision after the pupil left the school it was taken for (process besluitbezwaar). Its schools are
     * not members, so neither the old nor the new school sees them. Returns the tenant id.
     */
    public String richtSwvIn(String samenwerkingsverband) {
        String id = swvTenant(samenwerkingsverband);
        if (identityService.createTenantQuery().tenantId(id).singleResult() == null) {
            Tenant tenant = identityService.newTenant(id);
            tenant.setName(samenwerkingsverband);
            identityService.saveTenant(tenant);
        }
        String groep = zorgVoorGroep(swvGroep(samenwerkingsverband), samenwerkingsverband, TYPE_SWV);
        for (String lid : new String[] {groep, Groepen.PROCESBEHEER}) {
            if (identityService.createGroupQuery().groupId(lid).memberOfTenant(id).count() == 0) {
                identityService.createTenantGroupMembership(id, lid);
            }
        }
        return id;
    }

    /** The tenant of a samenwerkingsverband: the id of its group ("swv-…"), which is no school's BRIN. */
    public static String swvTenant(String samenwerkingsverband) {
        return swvGroep(samenwerkingsverband);
    }

    /** Makes the user a member of the school's staff (the school's tenant). */
    public void voegToeAanSchool(String gebruiker, String brin) {
        if (identityService.createUserQuery().userId(gebruiker).memberOfTenant(brin).count() == 0) {
            identityService.createTenantUserMembership(brin, gebruiker);
        }
    }

    /** Makes the user a member of an organisation group (a gemeente or SWV). */
    public void voegToeAanOrganisatie(String gebruiker, String organisatieGroep) {
        if (identityService.createUserQuery().userId(gebruiker).memberOfGroup(organisatieGroep).count() == 0) {
            identityService.createMembership(gebruiker, organisatieGroep);
        }
    }

    /** The group id of a gemeente: "gemeente-" and its name in lower case letters and digits. */
    public static String gemeenteGroep(String gemeente) {
        return "gemeente-" + slug(gemeente);
    }

    /** The group id of a samenwerkingsverband: "swv-" and its name in lower case letters and digits. */
    public static String swvGroep(String samenwerkingsverband) {
        return "swv-" + slug(samenwerkingsverband).replaceFirst("^swv-", "");
    }

    private String zorgVoorGroep(String id, String naam, String type) {
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            Group g = identityService.newGroup(id);
            g.setName(naam);
            g.setType(type);
            identityService.saveGroup(g);
        }
        return id;
    }

    /** "'s-Hertogenbosch" → "s-hertogenbosch", "Súdwest-Fryslân" → "sudwest-fryslan". */
    static String slug(String naam) {
        String zonderAccenten = Normalizer.normalize(naam, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = zonderAccenten.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return slug.length() > MAX_ID - 9 ? slug.substring(0, MAX_ID - 9).replaceAll("-+$", "") : slug;
    }
}
