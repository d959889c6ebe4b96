package nl.eenplan.gezin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.eenplan.Http;
import nl.eenplan.Sessie;
import org.springframework.context.ApplicationContext;

/**
 * For tests of the family's actions in any package (the one family fixture): binds a demo account ({@code ouder},
 * {@code ouder2}, {@code leerling}) to a test pupil for the length of a test, as the school's invitation would, signs
 * in as that account, finds the child's public id and posts a form as the page does (with the session's CSRF token,
 * from EenPlan's own origin).
 */
public final class Gezinstest {

    public static final String HTML = "text/html,application/xhtml+xml";
    private static final Pattern KIND = Pattern.compile("/gezin/kind/([0-9a-f-]{36})");

    /** A binding made: its id (to end it) and the child's id in the family's URLs. */
    public record Koppeling(long id, String publiekId) {
    }

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
        tijdelijk.add(koppel(register, account(account), nummer, ouderId, clock.instant()).id());
    }

    /**
     * Binds demo account {@code account} to dossier {@code nummer} (as guardian {@code ouderId}, or the pupil when
     * null) until {@link #beeindig}; the account is made when missing (a context without the demo pupils has none).
     */
    public static Koppeling koppel(ApplicationContext context, String account, String nummer, Long ouderId,
                                   Instant op) {
        long id = context.getBean(Gezinsregister.class).zorgVoorAccount(
                context.getBean(Subjecthash.class).van(Subjecthash.DEMO, account), Subjecthash.DEMO, op);
        return koppel(context.getBean(Gezinsregister.class), id, nummer, ouderId, op);
    }

    private static Koppeling koppel(Gezinsregister register, long account, String nummer, Long ouderId, Instant op) {
        Gezinsregister.Koppeling k = register.koppel(account, nummer, ouderId,
                ouderId == null ? Gezinsregister.Rol.LEERLING : Gezinsregister.Rol.OUDER, op);
        return new Koppeling(k.id(), k.publiekId());
    }

    public static void beeindig(ApplicationContext context, Koppeling koppeling, Instant op) {
        context.getBean(Gezinsregister.class).beeindig(koppeling.id(), "test", "einde test", op);
    }

    /** Ends the bindings this test made, so the demo family is as it was. */
    public void ruimOp() {
        tijdelijk.forEach(id -> register.beeindig(id, "test", "einde test", clock.instant()));
        tijdelijk.clear();
    }

    /** Ends every binding in force to this dossier (one the application made, e.g. at a school change). */
    public void ruimOpVan(String dossierNummer) {
        register.inWerking(dossierNummer).forEach(k -> register.beeindig(k.id(), "test", "einde test", clock.instant()));
    }

    public Sessie meldAan(String wie) {
        return meldAan(port, wie);
    }

    /** Signed in as a demo family account ({@code ouder}, {@code ouder2}, {@code leerling}), landed on /gezin. */
    public static Sessie meldAan(int port, String wie) {
        Sessie sessie = new Sessie(port);
        assertThat(sessie.meldAan(wie, "demo").headers().firstValue("Location").orElseThrow()).endsWith("/gezin");
        return sessie;
    }

    /** The children's ids on the session's /gezin, in their order there. */
    public static List<String> kinderen(Sessie sessie) {
        List<String> ids = new ArrayList<>();
        Matcher m = KIND.matcher(sessie.get("/gezin", "Accept", HTML).body());
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
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
