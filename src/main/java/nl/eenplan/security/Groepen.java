package nl.eenplan.security;

import java.util.List;

/** The groups of EenPlan (see docs/domain: "Users and groups"). Group ids are Camunda group ids. */
public final class Groepen {

    public static final String ZORGCOORDINATOR = "zorgcoordinator";
    public static final String MENTOR = "mentor";
    /**
     * The school's aandachtsfunctionaris huiselijk geweld en kindermishandeling: leads the meldcode (process meldcode)
     * and, with the zorgcoördinator, is the only one who reads it.
     */
    public static final String AANDACHTSFUNCTIONARIS = "aandachtsfunctionaris";
    /**
     * The school's leadership (directeur, schoolleider): told when a verzuimmelding was not confirmed in DUO's
     * verzuimregister within the norm (issue #22). School staff: a member of the school's tenant, like the
     * zorgcoördinator; notifications only.
     */
    public static final String SCHOOLLEIDING = "schoolleiding";
    public static final String JEUGDHULP = "jeugdhulp";
    public static final String SWV = "swv";
    public static final String GEMEENTE = "gemeente";
    public static final String LEERPLICHT = "leerplicht";
    /**
     * RMC-consulenten (regionale meld- en coördinatiefunctie voortijdig schoolverlaten): pupils of 18 to 23 without a
     * startkwalificatie (WEB art. 8.3.1, WVO art. 118h). Their own group: leerplicht does not see these pupils.
     */
    public static final String RMC = "rmc";
    /** Team leads of leerplicht and RMC: an escalation not assessed in time goes to them. */
    public static final String LEERPLICHT_TEAMLEIDER = "leerplichtteamleider";
    /**
     * Jeugdartsen of the JGZ: told when a pupil's illness becomes worrying (M@ZL, issue #22), facts only. They see the
     * schools of their gemeente, as jeugdhulp does.
     */
    public static final String JEUGDARTS = "jeugdarts";
    public static final String PROCESBEHEER = "procesbeheer";
    public static final String ADMIN = "admin";

    /**
     * Camunda's own administrator group. The webapps offer an open "create the first admin" page
     * for as long as this group has no members, so EenPlan's first administrators are also put in
     * it (and that page is blocked anyway, see {@code SecurityConfig}).
     */
    public static final String CAMUNDA_ADMIN = "camunda-admin";

    /** Group id and the Dutch name shown in Camunda Admin and Tasklist. */
    public record Groep(String id, String naam) {
    }

    public static final List<Groep> ALLE = List.of(
            new Groep(ZORGCOORDINATOR, "Zorgcoördinatoren en intern begeleiders"),
            new Groep(MENTOR, "Mentoren en leerkrachten"),
            new Groep(AANDACHTSFUNCTIONARIS, "Aandachtsfunctionarissen huiselijk geweld en kindermishandeling"),
            new Groep(SCHOOLLEIDING, "Schoolleiding (directeuren en schoolleiders)"),
            new Groep(JEUGDHULP, "Jeugdhulp, wijkteam, SMW en JGZ"),
            new Groep(SWV, "Samenwerkingsverband passend onderwijs"),
            new Groep(GEMEENTE, "Gemeentelijke toegang jeugdhulp"),
            new Groep(LEERPLICHT, "Leerplichtambtenaren"),
            new Groep(RMC, "RMC-consulenten (18 tot 23 jaar zonder startkwalificatie)"),
            new Groep(LEERPLICHT_TEAMLEIDER, "Teamleiders leerplicht"),
            new Groep(JEUGDARTS, "Jeugdartsen (JGZ)"),
            new Groep(PROCESBEHEER, "Procesbeheerders"),
            new Groep(ADMIN, "Applicatiebeheerders"));

    private Groepen() {
    }
}
