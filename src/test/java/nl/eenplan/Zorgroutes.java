package nl.eenplan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.function.Supplier;
import nl.eenplan.aanmelding.Overdrachten;
import nl.eenplan.termijn.Schoolkalender;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;

/**
 * A pupil's way through the API to the task a test needs next (as MdoIT and ArrangementIT go): a pupil of 12 at demo
 * school De Vlinder (Utrecht), with a first name of its own, consent from parents and pupil, a referral that triage
 * routes on, and the school's steps done by the zorgcoördinator.
 */
public final class Zorgroutes {

    private final Supplier<Http> http;
    private final RuntimeService runtime;
    private final ManagementService beheer;
    private final Schoolkalender kalender;
    private final LocalDate vandaag;

    public Zorgroutes(Supplier<Http> http, RuntimeService runtime, ManagementService beheer, Schoolkalender kalender,
                      LocalDate vandaag) {
        this.http = http;
        this.runtime = runtime;
        this.beheer = beheer;
        this.kalender = kalender;
        this.vandaag = vandaag;
    }

    /** A pupil of its own (name "Sam… Jansen", parent "Anna Jansen"); answers the dossier number. */
    public String leerling() {
        return zc().post("/api/dossiers", Testdossiers.zonderBsn()).json().get("nummer").asText();
    }

    /** The pupil's full name, as the pages show it. */
    public String naam(String nummer) {
        JsonNode l = zc().get("/api/dossiers/" + nummer).json().get("leerling");
        return l.get("voornaam").asText() + " " + l.get("achternaam").asText();
    }

    /** Consent for a scope from parents and pupil (both decide at 12). */
    public void toestemming(String nummer, String scope) {
        // At 12: for jeugdhulp the parent with gezag and the pupil (Jeugdwet), otherwise the parent (AVG, under 16).
        String[] wie = scope.equals("JEUGDHULP") ? new String[] {"OUDERS", "LEERLING"} : new String[] {"OUDERS"};
        for (String door : wie) {
            assertThat(zc().post("/api/dossiers/" + nummer + "/toestemmingen",
                    "{\"scope\": \"" + scope + "\", \"gegevenDoor\": \"" + door + "\", \"vorm\": \"GESPREK\"}").status()).isEqualTo(201);
        }
    }

    /** The parents withdraw their consent for this scope: it ends at once (their consent is needed at 12). */
    public void trekToestemmingIn(String nummer, String scope) {
        String pad = "/api/dossiers/" + nummer + "/toestemmingen";
        for (JsonNode t : zc().get(pad).json().get("toestemmingen")) {
            if (t.get("scope").asText().equals(scope) && t.get("gegevenDoor").asText().equals("OUDERS")
                    && !t.hasNonNull("ingetrokkenOp")) {
                assertThat(zc().post(pad + "/" + t.get("id").asText() + "/intrekken", "{\"vorm\": \"GESPREK\"}").status()).isEqualTo(204);
            }
        }
    }

    /**
     * A new pupil with consent for the ondersteuningsteam and jeugdhulp, a referral routed to the MDO: task plannen
     * waits for the zorgcoördinator. Answers the dossier number.
     */
    public String mdoTePlannen() {
        return aangemeld("ONDERSTEUNINGSTEAM", "GEDRAG", "Time-outs en gesprekken.");
    }

    /**
     * A new pupil with consent for the ondersteuningsteam and jeugdhulp, a referral routed to the MDO, the meeting
     * held with jeugdhulp, and its report with a goal and one agreement owned by group jeugdhulp: task
     * afspraakUitvoeren waits for jeugdhulp. Answers the dossier number.
     */
    public String mdoMetAfspraakVoorJeugdhulp(String verslag, String doel, String afspraak) {
        String nummer = aangemeld("ONDERSTEUNINGSTEAM", "GEDRAG", "Time-outs en gesprekken.");
        voltooi("zorgcoordinator", nummer, "plannen", """
                {"datum": "%s", "locatie": "Lokaal 12", "deelnemers": [{"rol": "JEUGDHULP", "naam": "Wijkteam"}]}"""
                .formatted(vandaag.plusDays(7).atTime(15, 0)));
        String mdo = runtime.createProcessInstanceQuery().processDefinitionKey("mdo").processInstanceBusinessKey(nummer)
                .singleResult().getId();
        beheer.executeJob(beheer.createJobQuery().processInstanceId(mdo).activityId("mdoMoment").singleResult().getId());
        voltooi("zorgcoordinator", nummer, "verslag", """
                {"verslag": "%s", "oudersAanwezig": true, "leerlingAanwezig": true, "nieuweDoelen": ["%s"],
                 "afspraken": [{"wat": "%s", "eigenaar": "jeugdhulp", "groep": true, "deadline": "%s"}]}"""
                .formatted(verslag, doel, afspraak, kalender.volgendeWerkdag(vandaag.plusWeeks(2))));
        assertThat(taak("jeugdhulp", nummer, "afspraakUitvoeren")).as("afspraak voor jeugdhulp").isNotNull();
        return nummer;
    }

    /**
     * A new pupil with consent for jeugdhulp (the SWV needs none), a referral routed to an arrangement, and the request with an
     * education part and a care part: the SWV's besluitOnderwijs and the gemeente's decision on jeugdhulp (process jeugdhulpbesluit) wait. Answers the
     * dossier number.
     */
    public String arrangementInBesluitvorming(String onderwijs, String zorg, String perspectief) {
        String nummer = aangemeld(null, "LEREN", "Extra instructie, remedial teaching.");
        nl.eenplan.groeidocument.Groeidocumenten.ondertekend(zc(), nummer);
        voltooi("zorgcoordinator", nummer, "aanvraag", """
                {"onderwijsdeel": "ARRANGEMENT", "onderwijs": "%s", "zorg": "%s", "perspectief": "%s",
                 "doelen": ["Leest op niveau E6"], "aanmeldingOntvangenOp": "%s"}"""
                .formatted(onderwijs, zorg, perspectief, vandaag));
        assertThat(taak("swv", nummer, "besluitOnderwijs")).as("besluit onderwijsdeel voor het SWV").isNotNull();
        // The care part: task "Besluit jeugdhulp (woongemeente)" of process jeugdhulpbesluit (here the school's gemeente:
        // the pupil's address is not recorded).
        Jeugdhulpbesluiten.voerStartUit(runtime, beheer, nummer);
        assertThat(taak("gemeente", nummer, "besluiten")).as("besluit jeugdhulp voor de gemeente").isNotNull();
        return nummer;
    }

    /**
     * A new pupil with consent for a scope and for jeugdhulp, and a referral with earlier support through intake and
     * consent, handed over to the route triage chose. Answers the dossier number.
     */
    private String aangemeld(String scope, String categorie, String alGeprobeerd) {
        String nummer = leerling();
        if (scope != null) {
            toestemming(nummer, scope);
        }
        toestemming(nummer, "JEUGDHULP");
        assertThat(http.get().als("mentor").post("/api/dossiers/" + nummer + "/aanmeldingen", """
                {"categorieen": ["%s"], "urgentie": "HOOG", "alGeprobeerd": "%s", "eerdereOndersteuning": true}"""
                .formatted(categorie, alGeprobeerd)).status()).isEqualTo(201);
        voltooi("zorgcoordinator", nummer, "intake", """
                {"verslag": "Gesprek met ouders en leerling.", "gesprekOudersGevoerd": true,
                 "gesprekLeerlingGevoerd": true, "signalenOnveiligheid": false}""");
        voltooi("zorgcoordinator", nummer, "toestemmingVragen", "{\"gegeven\": []}");
        Overdrachten.voerUit(runtime, beheer, nummer);
        return nummer;
    }

    /** Completes the user's task of this kind for the pupil through the API. */
    public void voltooi(String gebruiker, String nummer, String taak, String invoer) {
        JsonNode t = taak(gebruiker, nummer, taak);
        assertThat(t).as("taak %s voor %s", taak, gebruiker).isNotNull();
        Http.Antwoord a = http.get().als(gebruiker).post("/api/taken/" + t.get("id").asText() + "/voltooien", invoer);
        assertThat(a.status()).as(a.body()).isEqualTo(204);
    }

    /** The user's open task of this kind for the pupil, or null. */
    public JsonNode taak(String gebruiker, String nummer, String taak) {
        for (JsonNode t : http.get().als(gebruiker).get("/api/taken?maximaal=1000").json()) {
            if (nummer.equals(t.path("dossierNummer").asText()) && taak.equals(t.get("taak").asText())) {
                return t;
            }
        }
        return null;
    }

    private Http zc() {
        return http.get().als("zorgcoordinator");
    }
}
