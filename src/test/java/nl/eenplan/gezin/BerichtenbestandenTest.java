package nl.eenplan.gezin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The family's texts (messages.properties, Dutch B1, and messages_en.properties): every Dutch key has an English text
 * with the same placeholders; no text is empty; a text with placeholders writes an apostrophe as '' (MessageFormat would
 * swallow a single one and the placeholders after it); Dutch sentences stay short and avoid official words (B1).
 */
class BerichtenbestandenTest {

    private static final Pattern PLEK = Pattern.compile("\\{(\\d+)}");
    /** The Dutch a pupil reads: "je" instead of "u" (Gezinstaal.LEERLING), only the texts that differ. */
    private static final String LEERLING = "/messages_nl__leerling.properties";
    /** "u" or "uw" as a word, the way a parent is spoken to. */
    private static final Pattern U = Pattern.compile("(?<![\\p{L}-])[Uu]w?(?![\\p{L}-])");
    /**
     * The texts with "u" a pupil signed in for herself never reads: about a parent's authority, the parent's side of a
     * form, and the pages before the sign-in or after the logout (nobody is known there).
     */
    private static final Set<String> ALLEEN_VOOR_OUDERS_OF_NIET_INGELOGD = Set.of("gezin.regel.gezag",
            "gezin.regel.gezag-16-17", "gezin.regel.zonder-gezag", "gezin.regel.zonder-gezag-niets",
            "gezin.regel.informatie-beperkt", "gezin.regel.gezag-onbekend", "gezin.regel.meerderjarig",
            "gezin.verzoek.alleen-eigen", "gezin.verzoek.fout.over-eigen", "gezin.enquete.uitleg.ouder",
            "gezin.enquete.tevredenheid.ouder", "gezin.enquete.ervarenBaat.ouder", "gezin.evaluatie.uitleg.ouder",
            "gezin.evaluatie.tekst.ouder", "uitnodiging.inloggen.uitleg", "uitnodiging.inloggen.geen",
            "uitnodiging.afgemeld.titel", "uitnodiging.afgemeld.uitleg", "uitnodiging.koppelen.onbekend",
            "uitnodiging.mail.onderwerp", "uitnodiging.mail.tekst");
    /** Words B1 readers stumble on; the family's texts say it plainly. */
    private static final List<String> AMBTELIJK = List.of("derhalve", "ingevolge", "verwerkingsverantwoordelijke",
            "betreffende", "middels", "onderhavig", "alsmede", "teneinde", "dient u", "conform");

    @Test
    void elkeNederlandseTekstHeeftEenEngelseMetDezelfdePlekken() throws IOException {
        Properties nl = lees("/messages.properties");
        Properties en = lees("/messages_en.properties");
        assertThat(nl).isNotEmpty();
        assertThat(en.stringPropertyNames()).as("sleutels in het Engels").isEqualTo(nl.stringPropertyNames());
        for (String sleutel : nl.stringPropertyNames()) {
            assertThat(nl.getProperty(sleutel)).as(sleutel).isNotBlank();
            assertThat(en.getProperty(sleutel)).as(sleutel + " (en)").isNotBlank();
            assertThat(plekken(en.getProperty(sleutel))).as(sleutel + " plekken").isEqualTo(plekken(nl.getProperty(sleutel)));
        }
    }

    @Test
    void eenApostrofInEenTekstMetPlekkenIsDubbel() throws IOException {
        for (String bestand : List.of("/messages.properties", "/messages_en.properties", LEERLING)) {
            Properties p = lees(bestand);
            for (String sleutel : p.stringPropertyNames()) {
                String tekst = p.getProperty(sleutel);
                if (!plekken(tekst).isEmpty()) {
                    assertThat(tekst.replace("''", "")).as(bestand + " " + sleutel).doesNotContain("'");
                }
            }
        }
    }

    @Test
    void deNederlandseTekstenZijnB1() throws IOException {
        Properties nl = lees("/messages.properties");
        nl.putAll(lees(LEERLING).entrySet().stream().collect(java.util.stream.Collectors.toMap(
                e -> "leerling " + e.getKey(), java.util.Map.Entry::getValue)));
        List<String> teLang = new ArrayList<>();
        for (String sleutel : nl.stringPropertyNames()) {
            String tekst = nl.getProperty(sleutel);
            for (String zin : tekst.split("[.?!:]\\s+")) {
                if (zin.trim().split("\\s+").length > 20) {
                    teLang.add(sleutel + ": " + zin);
                }
            }
            for (String woord : AMBTELIJK) {
                assertThat(tekst.toLowerCase()).as(sleutel).doesNotContain(woord);
            }
        }
        assertThat(teLang).as("zinnen van meer dan 20 woorden").isEmpty();
    }

    private static Set<String> plekken(String tekst) {
        Set<String> plekken = new TreeSet<>();
        Matcher m = PLEK.matcher(tekst);
        while (m.find()) {
            plekken.add(m.group(1));
        }
        return plekken;
    }

    private static Properties lees(String bestand) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BerichtenbestandenTest.class.getResourceAsStream(bestand)) {
            assertThat(in).as(bestand).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /**
     * The family's e-mail "Er wacht iets op u" (GezinMailer, issue #24 §5) takes only the sign-in address {0} and a last
     * day {1}: no placeholder for a name, a school or what it is about, and no word that tells what the mail is about
     * to whoever reads over the family's shoulder.
     */
    @Test
    void deGezinsmailNeemtGeenNaamEnGeenZorgwoord() throws IOException {
        List<String> zorgwoorden = List.of("zorg", "hulp", "jeugd", "opp", "ontwikkelingsperspectief", "instemming",
                "arrangement", "overleg", "mdo", "school", "leerling", "kind", "dossier", "care", "support", "pupil",
                "child", "meeting", "consent", "file");
        for (String bestand : List.of("/messages.properties", "/messages_en.properties", LEERLING)) {
            Properties p = lees(bestand);
            List<String> sleutels = p.stringPropertyNames().stream().filter(k -> k.startsWith("gezin.mail.")).toList();
            assertThat(sleutels).as(bestand).containsExactlyInAnyOrder("gezin.mail.onderwerp", "gezin.mail.tekst",
                    "gezin.mail.tekst-uiterlijk");
            for (String sleutel : sleutels) {
                String tekst = p.getProperty(sleutel);
                assertThat(plekken(tekst)).as(bestand + " " + sleutel).isSubsetOf("0", "1");
                for (String woord : tekst.toLowerCase(java.util.Locale.ROOT).replace("eenplan", "").split("[^a-z]+")) {
                    assertThat(zorgwoorden).as(bestand + " " + sleutel).doesNotContain(woord);
                }
            }
        }
    }

    /**
     * The confirmation of a binding "U bent gekoppeld" (GezinMailer#bevestiging) takes only the sign-in address {0} and
     * the school's name {1}, so that whoever did not bind can react: no placeholder for the child's name, and no word
     * about care or about what the plan is for. It tells the reader to contact the school if it was not them.
     */
    @Test
    void deBevestigingVanEenKoppelingNoemtAlleenDeSchool() throws IOException {
        List<String> zorgwoorden = List.of("zorg", "hulp", "jeugd", "opp", "ontwikkelingsperspectief", "plan",
                "arrangement", "overleg", "mdo", "leerling", "kind", "dossier", "care", "support", "pupil", "child");
        for (String bestand : List.of("/messages.properties", "/messages_en.properties", LEERLING)) {
            Properties p = lees(bestand);
            List<String> sleutels = p.stringPropertyNames().stream().filter(k -> k.startsWith("gezin.gekoppeld."))
                    .toList();
            assertThat(sleutels).as(bestand).containsExactlyInAnyOrder("gezin.gekoppeld.onderwerp",
                    "gezin.gekoppeld.tekst");
            assertThat(plekken(p.getProperty("gezin.gekoppeld.onderwerp"))).as(bestand).isEmpty();
            assertThat(plekken(p.getProperty("gezin.gekoppeld.tekst"))).as(bestand).containsExactly("0", "1");
            assertThat(p.getProperty("gezin.gekoppeld.tekst")).as(bestand).containsPattern("(?i)school: \\{1}");
            for (String sleutel : sleutels) {
                for (String woord : p.getProperty(sleutel).toLowerCase(java.util.Locale.ROOT).replace("eenplan", "")
                        .split("[^a-z]+")) {
                    assertThat(zorgwoorden).as(bestand + " " + sleutel).doesNotContain(woord);
                }
            }
        }
    }

    /**
     * A pupil's Dutch (messages_nl__leerling.properties) holds only keys of messages.properties, each with no other
     * placeholders than the parent's text, and never says "u" or "uw".
     */
    @Test
    void deTekstenVoorEenLeerlingZijnSleutelsVanDeGewoneEnZeggenJe() throws IOException {
        Properties nl = lees("/messages.properties");
        Properties leerling = lees(LEERLING);
        assertThat(leerling).isNotEmpty();
        assertThat(nl.stringPropertyNames()).as("sleutels van een leerling").containsAll(leerling.stringPropertyNames());
        for (String sleutel : leerling.stringPropertyNames()) {
            String tekst = leerling.getProperty(sleutel);
            assertThat(tekst).as(sleutel).isNotBlank();
            assertThat(plekken(nl.getProperty(sleutel))).as(sleutel + " plekken").containsAll(plekken(tekst));
            assertThat(U.matcher(tekst).find()).as(sleutel + ": " + tekst).isFalse();
        }
    }

    /** Every family text that says "u" has a pupil's text, unless only a parent (or nobody signed in) reads it. */
    @Test
    void elkeTekstMetUHeeftEenTekstVoorDeLeerling() throws IOException {
        Properties nl = lees("/messages.properties");
        Properties leerling = lees(LEERLING);
        List<String> zonder = nl.stringPropertyNames().stream()
                .filter(k -> k.startsWith("gezin.") || k.startsWith("uitnodiging."))
                .filter(k -> U.matcher(nl.getProperty(k)).find())
                .filter(k -> !leerling.containsKey(k) && !ALLEEN_VOOR_OUDERS_OF_NIET_INGELOGD.contains(k)).sorted().toList();
        assertThat(zonder).as("teksten met u zonder tekst voor de leerling").isEmpty();
        assertThat(U.matcher("Wat wacht op u").find()).isTrue();
        assertThat(U.matcher("Uw code").find()).isTrue();
        assertThat(U.matcher("Uitleg, ruw, u-bocht").find()).isFalse();
    }
}
