package nl.eenplan.paginas;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.Map;
import nl.eenplan.engine.Klok;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * A PDF of a Thymeleaf template, for printing and handing out. The template is XHTML (well-formed XML, as
 * openhtmltopdf reads it) with its own print CSS; Thymeleaf's escaping keeps typed text well-formed. The font, Liberation
 * Sans (resources/pdf, see NOTICE.md there), is embedded as a subset: the text stays searchable and ë, ö and é show
 * on any computer. Nothing is fetched from outside: the template carries its CSS, and every external resource (image,
 * stylesheet, font by URL) is refused, so typed text can never make the server fetch something. Tagged PDF (PDF/UA)
 * for screen readers.
 *
 * <p>openhtmltopdf also names PDF's standard fonts (Helvetica, ZapfDingbats) for form fields in every PDF, unused and
 * not embedded here; PDFBox would look for them among the server's fonts (a scan of the system's font folders, a cache
 * file in the home folder, a warning per PDF for ZapfDingbats). For PDFBox in EenPlan every font that a PDF does not
 * embed is Liberation Sans, PDFBox's own last resort as well ({@link Vervanger}).
 */
@Component
public class Pdfmaker {

    static final String LETTERTYPE = "Liberation Sans";
    private static final String MAP = "pdf/liberation-sans-2.1.5/";
    private static final Locale NL = Locale.forLanguageTag("nl-NL");

    private final ITemplateEngine templates;
    private final ThymeleafEvaluationContext beans;
    private final byte[] gewoon;
    private final byte[] vet;

    Pdfmaker(ITemplateEngine templates, ApplicationContext context) {
        this.templates = templates;
        // So that the templates can use beans as the pages do (${@datum.dag(...)}).
        this.beans = new ThymeleafEvaluationContext(context, null);
        this.gewoon = lees(MAP + "LiberationSans-Regular.ttf");
        this.vet = lees(MAP + "LiberationSans-Bold.ttf");
        FontMappers.set(new Vervanger(gewoon));
    }

    /**
     * The template (a name as for a page, e.g. "pdf/plan-mdo") with this model, as a PDF made at {@code gemaakt} (the
     * application's clock, also in the PDF's properties; never the server's own date).
     */
    public byte[] maak(String template, Map<String, Object> model, Instant gemaakt) {
        return maak(template, model, gemaakt, NL);
    }

    /**
     * As {@link #maak(String, Map, Instant)}, with the template's message texts ({@code #{...}}) in this language: e.g.
     * the family's Dutch as a pupil reads it (gezin.Gezinstaal.LEERLING, "je").
     */
    public byte[] maak(String template, Map<String, Object> model, Instant gemaakt, Locale taal) {
        Context context = new Context(taal, model);
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME, beans);
        String xhtml = templates.process(template, context);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfUaAccessibility(true)
                .withProducer("EenPlan")
                .useExternalResourceAccessControl((uri, soort) -> false,
                        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, soort) -> false,
                        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .useFont(() -> new ByteArrayInputStream(gewoon), LETTERTYPE, 400, FontStyle.NORMAL, true)
                .useFont(() -> new ByteArrayInputStream(vet), LETTERTYPE, 700, FontStyle.NORMAL, true)
                .withHtmlContent(xhtml, null)
                .toStream(pdf);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.setListener(new Aanmaakdatum(gemaakt));
            renderer.layout();
            renderer.createPDF();
        } catch (IOException e) {
            throw new UncheckedIOException("De pdf " + template + " kon niet worden gemaakt", e);
        }
        return pdf.toByteArray();
    }

    /** Sets the PDF's creation date (openhtmltopdf would take the server's date) just before it is written. */
    private record Aanmaakdatum(Instant gemaakt) implements PDFCreationListener {

        @Override
        public void preOpen(PdfBoxRenderer renderer) {
        }

        @Override
        public void preWrite(PdfBoxRenderer renderer, int paginas) {
        }

        @Override
        public void onClose(PdfBoxRenderer renderer) {
            renderer.getPdfDocument().getDocumentInformation()
                    .setCreationDate(GregorianCalendar.from(gemaakt.atZone(Klok.NL)));
        }
    }

    /** PDFBox's fonts for fonts a PDF names without embedding them: always Liberation Sans, no look at the system. */
    static final class Vervanger implements FontMapper {

        private final TrueTypeFont lettertype;

        Vervanger(byte[] ttf) {
            try {
                this.lettertype = new TTFParser().parse(new RandomAccessReadBuffer(ttf));
            } catch (IOException e) {
                throw new UncheckedIOException("Lettertype " + LETTERTYPE + " onleesbaar", e);
            }
        }

        @Override
        public FontMapping<TrueTypeFont> getTrueTypeFont(String naam, PDFontDescriptor beschrijving) {
            return new FontMapping<>(lettertype, false);
        }

        @Override
        public FontMapping<FontBoxFont> getFontBoxFont(String naam, PDFontDescriptor beschrijving) {
            return new FontMapping<>(lettertype, false);
        }

        @Override
        public CIDFontMapping getCIDFont(String naam, PDFontDescriptor beschrijving, PDCIDSystemInfo systeem) {
            return new CIDFontMapping(null, lettertype, false);
        }
    }

    private static byte[] lees(String pad) {
        try (InputStream in = new ClassPathResource(pad).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Lettertype " + pad + " ontbreekt", e);
        }
    }
}
