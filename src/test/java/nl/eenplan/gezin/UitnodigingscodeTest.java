package nl.eenplan.gezin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mail.javamail.JavaMailSender;

/** The invitation's code: its alphabet and length, and how what a person types back is read. And the mail it goes in. */
class UitnodigingscodeTest {

    @Test
    void eenCodeIs12TekensZonderNulOEenEnI() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String code = Uitnodigingscode.nieuw();
            assertThat(code).hasSize(12).doesNotContain("0", "O", "1", "I").matches("[A-Z2-9]{12}");
            codes.add(code);
        }
        assertThat(codes).as("no repeats in 2000 codes of 60 bits").hasSize(2000);
        assertThat(Uitnodigingscode.ALFABET).hasSize(32);
        // Every character of the alphabet occurs (SecureRandom over the whole alphabet).
        String alles = String.join("", codes);
        for (char c : Uitnodigingscode.ALFABET.toCharArray()) {
            assertThat(alles).contains(String.valueOf(c));
        }
    }

    @Test
    void leesbaarInDrieGroepenVanVier() {
        assertThat(Uitnodigingscode.leesbaar("ABCDEFGHJKLM")).isEqualTo("ABCD-EFGH-JKLM");
    }

    @Test
    void watIemandTyptTeltZonderHoofdlettersSpatiesEnStreepjes() {
        assertThat(Uitnodigingscode.lees("ABCD-EFGH-JKLM")).contains("ABCDEFGHJKLM");
        assertThat(Uitnodigingscode.lees("abcd efgh jklm")).contains("ABCDEFGHJKLM");
        assertThat(Uitnodigingscode.lees("  abcd-efgh -jklm ")).contains("ABCDEFGHJKLM");
        assertThat(Uitnodigingscode.lees("ABCD\u2013EFGH\u2013JKLM")).as("an en dash from a word processor")
                .contains("ABCDEFGHJKLM");
        assertThat(Uitnodigingscode.lees("abcdefghjklm")).contains("ABCDEFGHJKLM");
    }

    @Test
    void geenCodeBijEenAnderLengteOfEenTekenBuitenHetAlfabet() {
        assertThat(Uitnodigingscode.lees(null)).isEmpty();
        assertThat(Uitnodigingscode.lees("")).isEmpty();
        assertThat(Uitnodigingscode.lees("ABCD-EFGH-JKL")).as("11").isEmpty();
        assertThat(Uitnodigingscode.lees("ABCD-EFGH-JKLMN")).as("13").isEmpty();
        assertThat(Uitnodigingscode.lees("ABCD-EFGH-JKL0")).as("zero").isEmpty();
        assertThat(Uitnodigingscode.lees("ABCD-EFGH-JKLO")).as("O").isEmpty();
        assertThat(Uitnodigingscode.lees("ABCD-EFGH-JKL1")).as("one").isEmpty();
        assertThat(Uitnodigingscode.lees("ABCD-EFGH-JKLI")).as("I").isEmpty();
        assertThat(Uitnodigingscode.lees("ABCD_EFGH_JKLM")).isEmpty();
    }

    @Test
    void deMailNoemtDeCodeEnDeInlogpaginaMaarGeenKindSchoolOfZorg() {
        ResourceBundleMessageSource teksten = new ResourceBundleMessageSource();
        teksten.setBasename("messages");
        teksten.setDefaultEncoding("UTF-8");
        teksten.setFallbackToSystemLocale(false);
        UitnodigingMailer mailer = new UitnodigingMailer(new org.springframework.beans.factory.support
                .StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), teksten, "eenplan@school.example",
                "https://eenplan.school.example/");
        String[] mail = mailer.mail(new Uitnodigingen.Gemaild("karin@example.nl", "ABCD-EFGH-JKLM",
                Instant.parse("2026-12-12T23:00:00Z")));
        assertThat(mail[0]).isEqualTo("Uw code voor EenPlan / Your code for EenPlan");
        assertThat(mail[1]).contains("ABCD-EFGH-JKLM", "https://eenplan.school.example/gezin/inloggen",
                "tot en met 12-12-2026", "until 12-12-2026", "school's plan");
        assertThat(mail[1].toLowerCase()).doesNotContain("zorg", "care", "jeugdhulp", "noor", "karin", "vlinder",
                "{0}", "{1}", "{2}");
        assertThat(mailer.aan()).as("no SMTP server").isFalse();
    }
}
