package nl.eenplan.gezin;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import nl.eenplan.engine.Klok;
import nl.eenplan.security.Gezinslid;
import org.springframework.stereotype.Component;

/**
 * How a family member was signed in when they acted, in words, for the proof of a consent (AVG art. 7 lid 1): the way
 * in and its level of assurance (eIDAS), when they signed in and when they acted. No name and no subject: the account
 * is named by {@code gezin-{accountId}} next to it. The demo family signs in with a demo password (no level); an
 * account of another identity provider is named by its alias (the level comes with the provider's sign-in, issue 24
 * slice 3, and is then added here).
 */
@Component
class Aanmeldbewijs {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final Gezinsregister register;
    private final Clock clock;

    Aanmeldbewijs(Gezinsregister register, Clock clock) {
        this.register = register;
        this.clock = clock;
    }

    String van(Gezinslid wie) {
        Gezinsregister.Aanmelding a = register.aanmelding(wie.accountId());
        String hoe = Subjecthash.DEMO.equals(a.issuerAlias())
                ? "demo-wachtwoord (alleen in de demo), geen betrouwbaarheidsniveau"
                : "inlog via " + a.issuerAlias() + ", niveau zoals de inlog het gaf";
        return hoe + "; aangemeld " + moment(a.laatstAangemeldOp()) + "; vastgelegd " + moment(clock.instant());
    }

    private static String moment(Instant op) {
        return op == null ? "onbekend" : MOMENT.format(op.atZone(Klok.NL));
    }
}
