package nl.eenplan.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which identity at which provider is which Camunda user (table {@code medewerker_identiteit}, V60): bound at the first
 * sign-in, one subject per user and one user per subject, so a provider account that later claims another user name,
 * or another account that claims this one, does not get in. Only HMAC-SHA256(key, issuer|subject) is stored, never the
 * subject: a provider's subject can be a personal number. A binding ends when the administrator removes it (someone got
 * a new account at the provider, a user name went to someone else: {@link MedewerkerIdentiteitController}) and, at
 * night, when its Camunda user no longer exists: kept no longer than the account it belongs to (AVG art. 5 lid 1 sub
 * e), and a user name given out again never meets the old person's binding.
 */
@Component
class MedewerkerIdentiteiten {

    private static final Logger LOG = LoggerFactory.getLogger(MedewerkerIdentiteiten.class);

    /** Why a sign-in does not fit the binding made before. */
    static final class AndereIdentiteit extends RuntimeException {
        AndereIdentiteit(String melding) {
            super(melding);
        }
    }

    private final JdbcTemplate jdbc;
    private final MedewerkerAanmelding instellingen;
    private final Clock clock;

    private final IdentityService identityService;

    MedewerkerIdentiteiten(JdbcTemplate jdbc, MedewerkerAanmelding instellingen, Clock clock,
                           IdentityService identityService) {
        this.jdbc = jdbc;
        this.identityService = identityService;
        this.instellingen = instellingen;
        this.clock = clock;
    }

    /**
     * Binds this subject of this issuer to the user at their first sign-in; afterwards only the same pair passes.
     * Returns the stored hash of the subject.
     */
    @Transactional
    String koppel(String gebruiker, String issuer, String onderwerp) {
        String hash = hash(issuer, onderwerp);
        List<String> gebruikerVanOnderwerp = jdbc.queryForList(
                "select gebruiker from medewerker_identiteit where issuer = ? and onderwerp = ?", String.class, issuer,
                hash);
        if (!gebruikerVanOnderwerp.isEmpty() && !gebruikerVanOnderwerp.get(0).equals(gebruiker)) {
            throw new AndereIdentiteit("Dit account bij de identity provider is al gekoppeld aan een andere gebruiker.");
        }
        List<String> onderwerpVanGebruiker = jdbc.queryForList(
                "select issuer || ' ' || onderwerp from medewerker_identiteit where gebruiker = ?", String.class,
                gebruiker);
        if (!onderwerpVanGebruiker.isEmpty()) {
            if (!onderwerpVanGebruiker.get(0).equals(issuer + " " + hash)) {
                throw new AndereIdentiteit("Gebruiker " + gebruiker + " is al gekoppeld aan een ander account.");
            }
            return hash;
        }
        try {
            jdbc.update("insert into medewerker_identiteit (gebruiker, issuer, onderwerp, gekoppeld_op) values (?, ?, ?, ?)",
                    gebruiker, issuer, hash, Timestamp.from(clock.instant()));
        } catch (DuplicateKeyException tegelijk) {
            throw new AndereIdentiteit("Tegelijk met een andere aanmelding gekoppeld.");
        }
        return hash;
    }

    /** Removes the user's binding, so their next sign-in through the provider binds anew; whether there was one. */
    @Transactional
    boolean ontkoppel(String gebruiker) {
        return jdbc.update("delete from medewerker_identiteit where gebruiker = ?", gebruiker) > 0;
    }

    @Scheduled(cron = "${eenplan.aanmelden.medewerker.opruimen.tijdstip:0 50 1 * * *}", zone = "Europe/Amsterdam")
    void sNachts() {
        ruimOp();
    }

    /** Removes the bindings of users that no longer exist in Camunda (removed in Admin); answers how many went. */
    @Transactional
    int ruimOp() {
        int verwijderd = 0;
        for (String gebruiker : jdbc.queryForList("select gebruiker from medewerker_identiteit", String.class)) {
            if (identityService.createUserQuery().userId(gebruiker).count() == 0) {
                verwijderd += jdbc.update("delete from medewerker_identiteit where gebruiker = ?", gebruiker);
            }
        }
        if (verwijderd > 0) {
            LOG.info("{} koppeling(en) met de identity provider verwijderd: de gebruiker bestaat niet meer.", verwijderd);
        }
        return verwijderd;
    }

    private String hash(String issuer, String onderwerp) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(instellingen.geheim().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((issuer + "|" + onderwerp).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is niet beschikbaar", e);
        }
    }
}
