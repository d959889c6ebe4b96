package nl.eenplan.gezin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.eenplan.Http;
import nl.eenplan.Sessie;
import org.springframework.context.ApplicationContext;

/**
 * For tests of the family's actions in any package: binds a demo account ({@code ouder}, {@code ouder2},
 * {@code leerling}) to a test pupil for the length of a test, signs in as that account, finds the child's public id
 * and posts a form as the page does (with the session's CSRF token, from EenPlan's own origin).
 */
public final class Gezinstest {

    public static final String HTML = "text/html,application/xhtml+xml";

    private final Gezinsregister register;
    private final Subjecthash hash;
    private final int port;
    private final Clock clock;
    private final List<Long> tijdelijk = new ArrayList<>();

    public Gezinstest(ApplicationContext context, int port, Clock clock) {
        this.register = context.getBean(Gezinsregister.class);
        this.hash = context.getBean(Subjecthash.class);
        this.port = port;
        this.clock = clock;
    }

    /**
     * The demo account's id (its audit name is {@code gezin-<id>}); made when the context has no demo pupils to bind it
     * to (scenario tests), so the demo sign-in knows it.
     */
    public long account(String naam) {
        return register.zorgVoorAccount(hash.van(Subjecthash.DEMO, naam), Subjecthash.DEMO, clock.instant());
    }

    /** Binds the demo account to the pupil: as this guardian, or ({@code ouderId} null) as the pupil herself. */
    public void koppel(String account, String nummer, Long ouderId) {
        tijdelijk.add(register.koppel(account(account), nummer, ouderId, ouderId == null ? Gezinsregister.Rol.LEERLING
                : Gezinsregister.Rol.OUDER, clock.instant()).id());
    }

    /** Ends the bindings this test made, so the demo family is as it was. */
    public void ruimOp() {
        tijdelijk.forEach(id -> register.beeindig(id, "test", "einde test", clock.instant()));
        tijdelijk.clear();
    }

    public Sessie meldAan(String wie) {
        Sessie sessie = new Sessie(port);
        assertThat(sessie.meldAan(wie, "demo").headers().firstValue("Location").orElseThrow()).endsWith("/gezin");
        return sessie;
    }

    /** The public id of the (last bound) child with this first name on the session's /gezin. */
    public static String idVan(Sessie sessie, String voornaam) {
        String overzicht = sessie.get("/gezin", "Accept", HTML).body();
        Matcher m = Pattern.compile("/gezin/kind/([0-9a-f-]{36})\"[^>]*>(Het plan van " + voornaam + "|Mijn plan)")
                .matcher(overzicht);
        List<String> gevonden = new ArrayList<>();
        while (m.find()) {
            gevonden.add(m.group(1));
        }
        assertThat(gevonden).as(voornaam + " op " + overzicht).isNotEmpty();
        return gevonden.get(gevonden.size() - 1);
    }

    /** A form posted as the page posts it: the fields (name, value, …) and the session's CSRF token. */
    public static Http.Antwoord post(Sessie sessie, String pad, String... velden) {
        StringBuilder formulier = new StringBuilder("_csrf=" + url(sessie.csrfToken()));
        for (int i = 0; i < velden.length; i += 2) {
            formulier.append('&').append(url(velden[i])).append('=').append(url(velden[i + 1]));
        }
        return sessie.postFormulier(pad, formulier.toString());
    }

    private static String url(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
