package nl.eenplan.gezin;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import nl.eenplan.engine.Klok;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every night: family accounts no longer needed are removed (docs/privacy.md, AVG art. 5 lid 1 onder e, opslagbeperking).
 * An account goes when it has had no binding in force for {@code eenplan.gezin.bewaartermijn.zonder-koppeling} (default
 * 90 days, counted from its last binding's end, or from its making when it never had one or the dossier went), or when
 * nobody signed in with it for {@code eenplan.gezin.bewaartermijn.niet-aangemeld} (default 2 years, counted from its
 * making when it never signed in). Its ended bindings go with it; what the family did in a dossier (consents, answers,
 * documents) is the dossier's and stays with the dossier; the audit log keeps the bare {@code gezin-{id}}.
 */
@Component
class Accountbewaring {

    private static final Logger LOG = LoggerFactory.getLogger(Accountbewaring.class);

    private final JdbcTemplate jdbc;
    private final Period zonderKoppeling;
    private final Period nietAangemeld;
    private final Clock clock;

    Accountbewaring(JdbcTemplate jdbc,
                    @Value("${eenplan.gezin.bewaartermijn.zonder-koppeling:P90D}") Period zonderKoppeling,
                    @Value("${eenplan.gezin.bewaartermijn.niet-aangemeld:P2Y}") Period nietAangemeld, Clock clock) {
        this.jdbc = jdbc;
        this.zonderKoppeling = zonderKoppeling;
        this.nietAangemeld = nietAangemeld;
        this.clock = clock;
    }

    @Scheduled(cron = "${eenplan.gezin.bewaartermijn.tijdstip:0 45 1 * * *}", zone = "Europe/Amsterdam")
    void sNachts() {
        ruimOp(clock.instant());
    }

    /** Removes the accounts past either term on {@code nu}; answers how many went. */
    @Transactional
    int ruimOp(Instant nu) {
        // Periods in Dutch calendar days and years (a year is not 365 days in a leap year).
        Timestamp koppelingGrens = Timestamp.from(nu.atZone(Klok.NL).minus(zonderKoppeling).toInstant());
        Timestamp aanmeldGrens = Timestamp.from(nu.atZone(Klok.NL).minus(nietAangemeld).toInstant());
        int verwijderd = jdbc.update("""
                delete from gezinsaccount a
                 where (not exists (select 1 from gezinskoppeling k where k.account_id = a.id and k.beeindigd_op is null)
                        and coalesce((select max(k.beeindigd_op) from gezinskoppeling k where k.account_id = a.id),
                                     a.aangemaakt_op) < ?)
                    or coalesce(a.laatst_aangemeld_op, a.aangemaakt_op) < ?
                """, koppelingGrens, aanmeldGrens);
        if (verwijderd > 0) {
            LOG.info("Bewaartermijn: {} gezinsaccounts verwijderd.", verwijderd);
        }
        return verwijderd;
    }
}
