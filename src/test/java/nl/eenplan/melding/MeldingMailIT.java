package nl.eenplan.melding;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import nl.eenplan.organisatie.Organisaties;
import nl.eenplan.security.GebruikerService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/** With mail on and an SMTP server configured, a notification is also e-mailed, after commit only. */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:eenplan-mail;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false",
        "camunda.bpm.process-engine-name=mail",
        "eenplan.meldingen.mail.aan=true",
        "spring.mail.host=127.0.0.1",
        "spring.mail.port=3025",
        "eenplan.meldingen.mail.adres=https://eenplan.school.example/"})
class MeldingMailIT {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    MeldingService meldingen;
    @Autowired
    GebruikerService gebruikers;
    @Autowired
    IdentityService identityService;
    @Autowired
    TransactionTemplate transactie;
    @Autowired
    Organisaties organisaties;

    @Test
    void eenGroepsmeldingGaatPerMailNaarDeLedenVanDeSchoolMetEenAdres() throws Exception {
        organisaties.richtSchoolIn("97MA00", "Mailschool A", "Mailstad", "SWV Mail");
        organisaties.richtSchoolIn("97MB00", "Mailschool B", "Mailstad", "SWV Mail");
        gebruikers.maakAlsNieuw("anna", "Anna", "de Boer", "wachtwoord1", "zorgcoordinator");
        var anna = identityService.createUserQuery().userId("anna").singleResult();
        anna.setEmail("anna@school.example");
        identityService.saveUser(anna);
        organisaties.voegToeAanSchool("anna", "97MA00");
        // A zorgcoördinator of another school: not his pupil, not his mail.
        gebruikers.maakAlsNieuw("bram", "Bram", "Visser", "wachtwoord1", "zorgcoordinator");
        var bram = identityService.createUserQuery().userId("bram").singleResult();
        bram.setEmail("bram@school.example");
        identityService.saveUser(bram);
        organisaties.voegToeAanSchool("bram", "97MB00");

        transactie.executeWithoutResult(t -> meldingen.stuur(NieuweMelding.aanGroep(Melding.Soort.ESCALATIE,
                "zorgcoordinator", "97MA00", "Termijn verstreken: Intakegesprek voeren (dossier 2026-00007)",
                "De taak is niet op tijd afgerond.", "2026-00007", null)));

        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        // Members get it in Bcc (they do not see each other's addresses): Anna's mailbox has it.
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(smtp.getUserManager().getUserByEmail("anna@school.example")).isNotNull();
        assertThat(smtp.getUserManager().getUserByEmail("bram@school.example")).isNull();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getHeader("To")).isNull();
        assertThat(mail.getSubject()).isEqualTo("[EenPlan] Termijn verstreken: Intakegesprek voeren (dossier 2026-00007)");
        assertThat(((String) mail.getContent())).contains("niet op tijd")
                // People go on to EenPlan's pages, never to its API.
                .contains("https://eenplan.school.example/meldingen").doesNotContain("/api");
    }

    /**
     * Stored while someone is signed in to the engine (a task completed in Tasklist or on /engine-rest: the engine's
     * transaction commits within that request, so the mail is sent then): it still goes to every member of the group
     * and to the colleague it is for, not only to whom the sender may read in Camunda's user administration (their own
     * user).
     */
    @Test
    void ookAlsIemandInDeEngineIsAangemeldNaarIedereenVoorWieHetIs() throws Exception {
        organisaties.richtSchoolIn("97MC00", "Mailschool C", "Mailstad", "SWV Mail");
        for (String naam : List.of("dirk", "eva")) {
            gebruikers.maakAlsNieuw(naam, naam, "Mail", "wachtwoord1", "zorgcoordinator");
            var gebruiker = identityService.createUserQuery().userId(naam).singleResult();
            gebruiker.setEmail(naam + "@school.example");
            identityService.saveUser(gebruiker);
            organisaties.voegToeAanSchool(naam, "97MC00");
        }
        identityService.setAuthentication("eva", List.of("zorgcoordinator"), List.of("97MC00"));
        try {
            transactie.executeWithoutResult(t -> meldingen.stuur(NieuweMelding.aanGroep(Melding.Soort.ESCALATIE,
                    "zorgcoordinator", "97MC00", "Voor de groep", "Aan alle zorgcoördinatoren.", "2026-00009", null)));
            transactie.executeWithoutResult(t -> meldingen.stuur(NieuweMelding.aanGebruiker(
                    Melding.Soort.INFORMATIE, "dirk", "Voor Dirk", "Aan een collega.", "2026-00009", null)));
        } finally {
            identityService.clearAuthentication();
        }

        // One message per mailbox: the group's to Dirk and Eva, Dirk's own to him.
        assertThat(smtp.waitForIncomingEmail(5000, 3)).isTrue();
        assertThat(smtp.getReceivedMessages()).extracting(MimeMessage::getSubject)
                .containsExactlyInAnyOrder("[EenPlan] Voor de groep", "[EenPlan] Voor de groep", "[EenPlan] Voor Dirk");
        assertThat(smtp.getUserManager().getUserByEmail("dirk@school.example")).isNotNull();
        assertThat(smtp.getUserManager().getUserByEmail("eva@school.example")).isNotNull();
    }

    @Test
    void eenMeldingOverEenTaakLinktNaarDieTaakInEenPlan() throws Exception {
        gebruikers.maakAlsNieuw("cor", "Cor", "de Vries", "wachtwoord1", "mentor");
        var cor = identityService.createUserQuery().userId("cor").singleResult();
        cor.setEmail("cor@school.example");
        identityService.saveUser(cor);

        transactie.executeWithoutResult(t -> meldingen.stuur(NieuweMelding.aanGebruiker(Melding.Soort.HERINNERING, "cor",
                "Herinnering: Groeidocument bijwerken (dossier 2026-00008)", "De taak moet morgen af zijn.", "2026-00008",
                "taak-42")));

        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        String tekst = (String) smtp.getReceivedMessages()[0].getContent();
        assertThat(tekst).contains("De taak moet morgen af zijn.",
                "Open de taak in EenPlan: https://eenplan.school.example/taken/taak-42",
                "https://eenplan.school.example/meldingen").doesNotContain("/api");
    }

    @Test
    void eenTeruggedraaideMeldingWordtNietGemaild() {
        gebruikers.maakAlsNieuw("bram", "Bram", "de Wit", "wachtwoord1", "mentor");
        var bram = identityService.createUserQuery().userId("bram").singleResult();
        bram.setEmail("bram@school.example");
        identityService.saveUser(bram);

        transactie.executeWithoutResult(t -> {
            meldingen.stuur(NieuweMelding.aanGebruiker(Melding.Soort.INFORMATIE, "bram", "Nooit verstuurd",
                    "Deze transactie wordt teruggedraaid.", null, null));
            t.setRollbackOnly();
        });
        assertThat(smtp.waitForIncomingEmail(1500, 1)).isFalse();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

}
