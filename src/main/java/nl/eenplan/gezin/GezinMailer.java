package nl.eenplan.gezin;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.eenplan.arrangement.ArrangementAfgesloten;
import nl.eenplan.dossier.DossierService;
import nl.eenplan.dossier.DossierView;
import nl.eenplan.mdo.MdoGepland;
import nl.eenplan.taak.TaakGeopend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the family by e-mail that something waits for them in EenPlan (issue #24, plan §5), after the transaction that
 * made it wait committed (as melding.MeldingMailer): the OPP's instemming asked, an MDO planned, the overstapdossier
 * ready for the parents, consent asked, an evaluation with the family, an arrangement closed (survey), an AVG request
 * answered. Who is told is exactly who sees the item on "Wat wacht op u" ({@link Wachtlijst}: Gezinsregel plus the
 * action's own rule): a parent without gezag is not told about the OPP, a parent of a pupil of 16 not about consent
 * the pupil gives herself.
 * <p>
 * The mail names no pupil, no school and no care: "Er wacht iets op u in EenPlan. Log in op …/gezin", with a last day
 * where there is one (message keys {@code gezin.mail.*}, in the account's language). The address: the account's own
 * (gezinsaccount.email) when it has one, else the guardian's address in the dossier that the binding names (the one the
 * school's invitation went to); the pupil's binding names no guardian, so a pupil without an own address gets no
 * mail. Each message is recorded in gezin_bericht (no content), also when no mail can go. Without a mail server
 * ({@code spring.mail.host}) or sender ({@code eenplan.meldingen.mail.van}) the record stays unsent and a warning is
 * logged; the action that made something wait has committed already and is never undone by this.
 * <p>
 * It also confirms each binding made with a school's code ({@link Uitnodigingen#koppel}, at the first sign-in or on
 * /gezin/koppelen): "U bent gekoppeld" (a pupil: "Je bent gekoppeld"), the sign-in page and the school's name, so that
 * whoever did not do this can react ("Was u dit niet? Neem dan contact op met de school"). No name of the child and no
 * care (message keys {@code gezin.gekoppeld.*}). The address is the invitation's ({@link Uitnodigingen#adresVan}: the
 * guardian's address in the dossier), else the account's own; the pupil's own address only. Recorded in gezin_bericht
 * as {@link Gezinsberichten#GEKOPPELD}, also when no mail can go; a failed mail never undoes the binding.
 */
@Component
class GezinMailer {

    private static final Logger LOG = LoggerFactory.getLogger(GezinMailer.class);
    private static final DateTimeFormatter DAG = DateTimeFormatter.ofPattern("d MMMM yyyy");

    /** The steps whose opening makes something wait for the family: process, step, what waits. */
    private static final Map<String, Wachtlijst.Soort> STAPPEN = Map.of(
            "opp/instemmingVastleggen", Wachtlijst.Soort.OPP,
            "overstap/oudersLatenZien", Wachtlijst.Soort.OVERSTAP,
            "aanmelding/toestemmingVragen", Wachtlijst.Soort.TOESTEMMING,
            "opp/" + GezinEvaluatie.TAAK, Wachtlijst.Soort.EVALUATIE,
            "arrangement/" + GezinEvaluatie.TAAK, Wachtlijst.Soort.EVALUATIE);

    private final Wachtlijst wachtlijst;
    private final Gezinsregister register;
    private final Gezinsberichten berichten;
    private final DossierService dossiers;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final MessageSource teksten;
    private final Clock clock;
    private final String afzender;
    private final String adres;
    /** Its own transaction: the one that made something wait has committed already (AFTER_COMMIT). */
    private final TransactionTemplate eigenTransactie;

    GezinMailer(Wachtlijst wachtlijst, Gezinsregister register, Gezinsberichten berichten, DossierService dossiers,
                ObjectProvider<JavaMailSender> mailSender, MessageSource teksten, Clock clock,
                PlatformTransactionManager transacties,
                @Value("${eenplan.meldingen.mail.van:}") String afzender,
                @Value("${eenplan.meldingen.mail.adres:}") String adres) {
        this.wachtlijst = wachtlijst;
        this.register = register;
        this.berichten = berichten;
        this.dossiers = dossiers;
        this.mailSender = mailSender;
        this.teksten = teksten;
        this.clock = clock;
        this.afzender = afzender;
        this.adres = adres.endsWith("/") ? adres.substring(0, adres.length() - 1) : adres;
        this.eigenTransactie = new TransactionTemplate(transacties);
        this.eigenTransactie.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void taakGeopend(TaakGeopend t) {
        Wachtlijst.Soort soort = STAPPEN.get(t.proces() + "/" + t.taak());
        if (soort != null) {
            vertel(t.dossierNummer(), soort, null);
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void mdoGepland(MdoGepland m) {
        vertel(m.dossierNummer(), Wachtlijst.Soort.MDO, null);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void arrangementAfgesloten(ArrangementAfgesloten a) {
        vertel(a.dossierNummer(), Wachtlijst.Soort.ENQUETE, null);
    }

    /** The answer to an AVG request: to the one who asked only. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void avgBeantwoord(AvgVerzoeken.Beantwoord b) {
        vertel(b.dossierNummer(), Wachtlijst.Soort.AVG, b.accountId());
    }

    /**
     * The confirmation of a binding made with a school's code, once per binding, after its commit. Never throws: the
     * binding is made.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    public void gekoppeld(Uitnodigingen.Gekoppeld g) {
        try {
            eigenTransactie.executeWithoutResult(t -> bevestig(g.koppeling()));
        } catch (RuntimeException e) {
            LOG.warn("Koppeling {} niet bevestigd: {}", g.koppeling().id(), e.getClass().getSimpleName());
        }
    }

    private void bevestig(Gezinsregister.Koppeling k) {
        DossierView d = dossiers.haalOp(k.dossierNummer());
        Optional<String> aan = Uitnodigingen.adresVan(d, k.ouderId()).or(() -> register.email(k.accountId()));
        stuur(k.accountId(), Gezinsberichten.GEKOPPELD, k.dossierNummer(), aan,
                bevestiging(Gezinstaal.voorAccount(register, k.accountId()), d.leerling().school().naam()));
    }

    /**
     * Each bound account (or only {@code alleen}) that sees this kind of item for this dossier on its "Wat wacht op u"
     * gets one record and, where an address and a mail server are there, one mail. Never throws: the action is done.
     */
    private void vertel(String dossierNummer, Wachtlijst.Soort soort, Long alleen) {
        try {
            eigenTransactie.executeWithoutResult(t -> vertelIn(dossierNummer, soort, alleen));
        } catch (RuntimeException e) {
            LOG.warn("Gezin niet verteld dat er iets wacht ({}): {}", soort, e.getClass().getSimpleName());
        }
    }

    private void vertelIn(String dossierNummer, Wachtlijst.Soort soort, Long alleen) {
        for (long account : register.accountsVanDossier(dossierNummer)) {
            if (alleen != null && alleen != account) {
                continue;
            }
            for (Wachtlijst.Kind kind : wachtlijst.voor(account, "gezin-" + account)) {
                if (!kind.dossierNummer().equals(dossierNummer)) {
                    continue;
                }
                List<Wachtlijst.Item> wacht = kind.items().stream().filter(i -> i.soort() == soort).toList();
                // The AVG answer is news for the one who asked, whenever they last signed in.
                if (wacht.isEmpty() && soort != Wachtlijst.Soort.AVG) {
                    continue;
                }
                stuur(account, kind, soort, wacht.stream().map(Wachtlijst.Item::uiterlijk)
                        .filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null));
            }
        }
    }

    private void stuur(long account, Wachtlijst.Kind kind, Wachtlijst.Soort soort, LocalDate uiterlijk) {
        stuur(account, soort.name(), kind.dossierNummer(),
                register.email(account).or(() -> kind.ouderEmail().stream().findFirst()),
                mail(Gezinstaal.voorAccount(register, account), uiterlijk));
    }

    /** Records the message, then mails subject and text to {@code aan} if there is a mail server and an address. */
    private void stuur(long account, String soort, String dossierNummer, Optional<String> aan, String[] mail) {
        long id = berichten.legVast(account, soort, dossierNummer, clock.instant());
        JavaMailSender afzenden = mailSender.getIfAvailable();
        if (afzenden == null || afzender.isBlank()) {
            LOG.warn("Geen mailserver of afzender ingesteld: gezinsbericht {} vastgelegd, niet gemaild", id);
            return;
        }
        if (aan.isEmpty()) {
            return;
        }
        SimpleMailMessage bericht = new SimpleMailMessage();
        bericht.setFrom(afzender);
        bericht.setTo(aan.get());
        bericht.setSubject(mail[0]);
        bericht.setText(mail[1]);
        try {
            afzenden.send(bericht);
            berichten.verstuurd(id, clock.instant());
        } catch (RuntimeException e) {
            // No address in the log.
            LOG.warn("Gezinsbericht {} niet gemaild: {}", id, e.getClass().getSimpleName());
        }
    }

    /** The confirmation of a binding in this language: subject and text with the sign-in page and the school. */
    String[] bevestiging(Locale taal, String school) {
        Object[] invulling = {adres + "/gezin", school};
        return new String[] {teksten.getMessage("gezin.gekoppeld.onderwerp", null, taal),
                teksten.getMessage("gezin.gekoppeld.tekst", invulling, taal)};
    }

    /** Subject and text in this language: the sign-in page and, if there is one, the last day. Nothing else. */
    String[] mail(Locale taal, LocalDate uiterlijk) {
        Object[] invulling = {adres + "/gezin", uiterlijk == null ? null : DAG.withLocale(taal).format(uiterlijk)};
        return new String[] {teksten.getMessage("gezin.mail.onderwerp", null, taal),
                teksten.getMessage(uiterlijk == null ? "gezin.mail.tekst" : "gezin.mail.tekst-uiterlijk", invulling,
                        taal)};
    }
}
