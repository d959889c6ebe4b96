package nl.eenplan.gezin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import nl.eenplan.gezin.Bestandscontrole.Soort;
import org.junit.jupiter.api.Test;

/** What a family's file is, from its bytes, and whether a PDF can run something ({@link Bestandscontrole}). */
class BestandscontroleTest {

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void deSoortKomtUitDeEersteBytesNietUitDeNaam() {
        assertThat(Bestandscontrole.soort(ascii("%PDF-1.7\n"))).contains(Soort.PDF);
        assertThat(Bestandscontrole.soort(GezinDocumentIT.PNG)).contains(Soort.PNG);
        assertThat(Bestandscontrole.soort(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0})).contains(Soort.JPEG);
        assertThat(Bestandscontrole.soort(ascii("MZ\u0090\u0000"))).isEmpty();
        assertThat(Bestandscontrole.soort(ascii("%PDF"))).isEmpty();
        assertThat(Bestandscontrole.soort(ascii(" %PDF-1.4"))).isEmpty();
        assertThat(Bestandscontrole.soort(ascii("<html><script>"))).isEmpty();
        assertThat(Bestandscontrole.soort(new byte[0])).isEmpty();
        // A GIF and an SVG are images, but not kept.
        assertThat(Bestandscontrole.soort(ascii("GIF89a"))).isEmpty();
        assertThat(Bestandscontrole.soort(ascii("<svg xmlns="))).isEmpty();
    }

    @Test
    void eenPdfMetJavaScriptLaunchOfBijlageIsActief() {
        assertThat(Bestandscontrole.actieveInhoud(ascii("%PDF-1.4\n<< /S /JavaScript /JS (x) >>"))).contains("JavaScript");
        assertThat(Bestandscontrole.actieveInhoud(ascii("%PDF-1.4\n<< /S /Launch /F (cmd.exe) >>"))).contains("Launch");
        assertThat(Bestandscontrole.actieveInhoud(ascii("%PDF-1.4\n<< /Type /EmbeddedFile >>"))).contains("EmbeddedFile");
        assertThat(Bestandscontrole.actieveInhoud(ascii("%PDF-1.4\n<< /Names << /EmbeddedFiles 3 0 R >> >>")))
                .contains("EmbeddedFiles");
        // A name with hex escapes (ISO 32000-1 §7.3.5) is the same name.
        assertThat(Bestandscontrole.actieveInhoud(ascii("%PDF-1.4\n<< /S /J#61vaScript >>"))).contains("JavaScript");
        // Words in the text are not names.
        assertThat(Bestandscontrole.actieveInhoud(ascii("%PDF-1.4\n(JavaScript and Launch) Tj /Type /Page"))).isEmpty();
        assertThat(Bestandscontrole.actieveInhoud(ascii("%PDF-1.4\n<< /JavaScriptX 1 >>"))).isEmpty();
    }

    @Test
    void ookInEenGecomprimeerdeStroom() {
        byte[] verborgen = deflate(ascii("<< /S /JavaScript /JS (app.alert(1)) >>"));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        pdf.writeBytes(ascii("%PDF-1.5\n1 0 obj\n<< /Type /ObjStm /Filter /FlateDecode /Length " + verborgen.length
                + " >>\nstream\n"));
        pdf.writeBytes(verborgen);
        pdf.writeBytes(ascii("\nendstream\nendobj\n%%EOF\n"));
        assertThat(Bestandscontrole.actieveInhoud(pdf.toByteArray())).contains("JavaScript");

        byte[] gewoon = deflate(ascii("BT /F1 12 Tf (Verslag) Tj ET"));
        ByteArrayOutputStream rustig = new ByteArrayOutputStream();
        rustig.writeBytes(ascii("%PDF-1.5\n1 0 obj\n<< /Filter /FlateDecode >>\nstream\r\n"));
        rustig.writeBytes(gewoon);
        rustig.writeBytes(ascii("\nendstream\nendobj\n%%EOF\n"));
        assertThat(Bestandscontrole.actieveInhoud(rustig.toByteArray())).isEmpty();
    }

    @Test
    void deNaamIsSchoonEnEindigtOpDeGevondenSoort() {
        assertThat(Bestandscontrole.schoneNaam("../../etc/passwd", Soort.PDF)).isEqualTo("passwd.pdf");
        assertThat(Bestandscontrole.schoneNaam("C:\\Users\\k\\verslag.PDF", Soort.PDF)).isEqualTo("verslag.pdf");
        assertThat(Bestandscontrole.schoneNaam("rapport.exe", Soort.PDF)).isEqualTo("rapport.exe.pdf");
        assertThat(Bestandscontrole.schoneNaam("foto.jpeg", Soort.JPEG)).isEqualTo("foto.jpg");
        assertThat(Bestandscontrole.schoneNaam("<script>\"x\".png", Soort.PNG)).isEqualTo("_script_x_.png");
        assertThat(Bestandscontrole.schoneNaam("..", Soort.PNG)).isEqualTo("document.png");
        assertThat(Bestandscontrole.schoneNaam(null, Soort.PNG)).isEqualTo("document.png");
        assertThat(Bestandscontrole.schoneNaam("Überweisung März.pdf", Soort.PDF)).isEqualTo("Überweisung März.pdf");
        assertThat(Bestandscontrole.schoneNaam("a".repeat(300) + ".pdf", Soort.PDF)).hasSize(104);
    }

    private static byte[] deflate(byte[] inhoud) {
        Deflater d = new Deflater();
        d.setInput(inhoud);
        d.finish();
        byte[] buffer = new byte[1024];
        int n = d.deflate(buffer);
        d.end();
        return java.util.Arrays.copyOf(buffer, n);
    }
}
