package nl.eenplan.gezin;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.eenplan.engine.Klok;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * E-mails an invitation's code to the guardian's address in the dossier, after the invitation was committed (as
 * melding.MeldingMailer does). The mail says what to do and nothing about the child: no name, no school, no word
 * about care. Just the code, until when it works, and where to sign in, in Dutch and in English (message keys
 * {@code uitnodiging.mail.*}): EenPlan does not know the person's language yet. Needs an SMTP server
 * ({@code spring.mail.host}) and a sender ({@code eenplan.meldingen.mail.van}); without them the school chooses a
 * letter.
 */
@Component
class UitnodigingMailer {

    private static final Logger LOG = LoggerFactory.getLogger(UitnodigingMailer.class);
    private static final DateTimeFormatter DAG = DateTimeFormatter.ofPattern("d-M-yyyy");

    private final ObjectProvider<JavaMailSender> mailSender;
    private final MessageSource teksten;
    private final String afzender;
    private final String adres;

    UitnodigingMailer(ObjectProvider<JavaMailSender> mailSender, MessageSource teksten,
                      @Value("${eenplan.meldingen.mail.van:}") String afzender,
                      @Value("${eenplan.meldingen.mail.adres:}") String adres) {
        this.mailSender = mailSender;
        this.teksten = teksten;
        this.afzender = afzender;
        this.adres = adres.endsWith("/") ? adres.substring(0, adres.length() - 1) : adres;
    }

    /** Whether invitations can go by e-mail in this installation. */
    boolean aan() {
        return mailSender.getIfAvailable() != null && !afzender.isBlank();
    }

    /** The mail's subject and text in both languages: the code, the last day, the sign-in page. */
    String[] mail(Uitnodigingen.Gemaild m) {
        Object[] invulling = {m.code(), DAG.format(m.verlooptOp().atZone(Klok.NL).minusSeconds(1)),
                adres + "/gezin/inloggen"};
        Locale nl = Locale.forLanguageTag("nl");
        return new String[] {teksten.getMessage("uitnodiging.mail.onderwerp", null, nl) + " / "
                + teksten.getMessage("uitnodiging.mail.onderwerp", null, Locale.ENGLISH),
                teksten.getMessage("uitnodiging.mail.tekst", invulling, nl) + "\n\n---\n\n"
                        + teksten.getMessage("uitnodiging.mail.tekst", invulling, Locale.ENGLISH)};
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void gemaild(Uitnodigingen.Gemaild m) {
        JavaMailSender afzenden = mailSender.getIfAvailable();
        if (afzenden == null) {
            return;
        }
        String[] mail = mail(m);
        SimpleMailMessage bericht = new SimpleMailMessage();
        bericht.setFrom(afzender);
        bericht.setTo(m.adres());
        bericht.setSubject(mail[0]);
        bericht.setText(mail[1]);
        try {
            afzenden.send(bericht);
        } catch (MailException e) {
            // No address and no code in the log.
            LOG.warn("Uitnodiging niet gemaild: {}", e.getClass().getSimpleName());
        }
    }
}
