package nl.eenplan.melding;

import java.util.List;
import nl.eenplan.security.GebruikerService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * E-mails each stored notification to its receivers (the user, or every member of the group with an
 * e-mail address), after the transaction that stored it commits. Off unless
 * {@code eenplan.meldingen.mail.aan=true} and an SMTP server is configured ({@code spring.mail.host}).
 * The stored notification is the record; a failed mail is logged and does not undo it.
 */
@Component
@ConditionalOnProperty(name = "eenplan.meldingen.mail.aan", havingValue = "true")
class MeldingMailer {

    private static final Logger LOG = LoggerFactory.getLogger(MeldingMailer.class);

    private final JavaMailSender mailSender;
    private final GebruikerService gebruikers;
    private final String afzender;
    private final String adres;

    /**
     * @param adres where EenPlan's pages are (https://eenplan.example.nl), before the links in the mail; empty gives
     *              the pages' paths alone
     */
    MeldingMailer(JavaMailSender mailSender, GebruikerService gebruikers,
                  @Value("${eenplan.meldingen.mail.van}") String afzender,
                  @Value("${eenplan.meldingen.mail.adres:}") String adres) {
        this.mailSender = mailSender;
        this.gebruikers = gebruikers;
        this.afzender = afzender;
        this.adres = adres.endsWith("/") ? adres.substring(0, adres.length() - 1) : adres;
    }

    /** The mail's text: the notification, and where in EenPlan to go on (its pages, never the API). */
    static String tekst(NieuweMelding m, String adres) {
        return m.tekst() + "\n\n"
                + (m.taakId() == null ? "" : "Open de taak in EenPlan: " + adres + "/taken/" + m.taakId() + "\n")
                + "Je meldingen in EenPlan: " + adres + "/meldingen\n"
                + "Je taken staan in EenPlan onder Mijn werk: " + adres + "/";
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void verstuurd(MeldingService.MeldingVerstuurd event) {
        NieuweMelding m = event.melding();
        List<String> adressen = m.gebruiker() != null
                ? gebruikers.emailadresVan(m.gebruiker()).stream().toList()
                : gebruikers.emailadressenVanGroepBijSchool(m.groep(), m.school());
        if (adressen.isEmpty()) {
            return;
        }
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(afzender);
        mail.setBcc(adressen.toArray(String[]::new));
        mail.setSubject("[EenPlan] " + m.onderwerp());
        mail.setText(tekst(m, adres));
        try {
            mailSender.send(mail);
        } catch (MailException e) {
            LOG.warn("Melding {} niet gemaild: {}", event.id(), e.getMessage());
        }
    }
}
