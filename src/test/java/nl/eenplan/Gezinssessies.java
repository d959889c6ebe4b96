package nl.eenplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A demo family member's session on the family's pages (issue #24), and what the family's action tests ask of it. */
public final class Gezinssessies {

    public static final String HTML = "text/html,application/xhtml+xml";
    private static final Pattern KIND = Pattern.compile("/gezin/kind/([0-9a-f-]{36})");

    private Gezinssessies() {
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

    /** A family form sent as the browser sends it: its fields (name, value, …) and the session's CSRF field. */
    public static Http.Antwoord stuur(Sessie sessie, String pad, String... velden) {
        StringBuilder formulier = new StringBuilder();
        for (int i = 0; i < velden.length; i += 2) {
            formulier.append(url(velden[i])).append('=').append(url(velden[i + 1])).append('&');
        }
        formulier.append("_csrf=").append(url(Sessie.csrfVeld(sessie.get("/gezin", "Accept", HTML))));
        return sessie.postFormulier(pad, formulier.toString());
    }

    private static String url(String tekst) {
        return URLEncoder.encode(tekst, StandardCharsets.UTF_8);
    }
}
