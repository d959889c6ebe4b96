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
 * is named by {@code gezin-{accountId}} next to it. The demo family signs in with a demo password (no level); a sign-in
 * through the family's identity provider (a DigiD broker) is named by the provider's alias and the level of assurance it
 * stated for the account's last sign-in ({@code acr}, e.g. http://eidas.europa.eu/LoA/substantial; GezinOidcGebruikers
 * accepts only the levels of {@code eenplan.aanmelden.gezin.acr}).
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
                : "inlog via " + a.issuerAlias() + ", betrouwbaarheidsniveau "
                + (a.niveau() == null ? "niet vastgelegd (aanmelding van vóór V70)" : a.niveau());
        return hoe + "; aangemeld " + moment(a.laatstAangemeldOp()) + "; vastgelegd " + moment(clock.instant());
    }

    private static String moment(Instant op) {
        return op == null ? "onbekend" : MOMENT.format(op.atZone(Klok.NL));
    }
}
