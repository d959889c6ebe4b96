package nl.eenplan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Per-path limits: the class upload has its own (eenplan.overstap.max-upload-bytes), the daily absence import too
 * (eenplan.verzuim.max-import-bytes), every other /api body the general one (eenplan.api.max-request-bytes); above its limit a body gets 413 problem+json naming the limit, at once by its
 * Content-Length, or (chunked, no Content-Length) as soon as reading passes it.
 */
class RequestSizeLimitFilterTest {

    static final long ALGEMEEN = 1000;
    static final long KLAS = 5 * 1024 * 1024;
    final ObjectMapper json = new ObjectMapper();
    static final long VERZUIM = 3 * 1024 * 1024;
    final RequestSizeLimitFilter filter = new RequestSizeLimitFilter(ALGEMEEN, KLAS, VERZUIM, new ProblemWriter(json));

    @Test
    void hetVerzuimbestandHeeftZijnEigenGrens_opHetPadVanElkeSchool_ookChunked() throws Exception {
        String pad = "/api/scholen/99ZZ00/verzuim/import";
        assertThat(stuur(verzoek(pad, 2_000_000, true), 2_000_000).getStatus()).isEqualTo(200);
        assertThat(stuur(verzoek(pad, 2_000_000, false), 2_000_000).getStatus()).isEqualTo(200);
        MockHttpServletResponse teGroot = stuur(verzoek(pad, VERZUIM + 1, true), VERZUIM + 1);
        assertThat(teGroot.getStatus()).isEqualTo(413);
        assertThat(probleem(teGroot).get("detail").asText())
                .isEqualTo("De inhoud van het verzoek is groter dan de grens van 3 MB.");
        filter.doFilter(verzoek(pad, VERZUIM + 1, false), new MockHttpServletResponse(), (r, a) ->
                assertThatThrownBy(() -> r.getInputStream().readAllBytes()).isInstanceOf(VerzoekTeGrootException.class)
                        .satisfies(e -> assertThat(((VerzoekTeGrootException) e).getLimiet()).isEqualTo(VERZUIM)));
        // A variant of the path (another segment, a sub-path, no BRIN) keeps the general limit.
        for (String variant : new String[] {"/api/scholen/99ZZ00/verzuim/import/x", "/api/scholen//verzuim/import",
                "/api/scholen/99ZZ00/x/verzuim/import", "/api/scholen/99ZZ00/verzuim"}) {
            assertThat(stuur(verzoek(variant, ALGEMEEN + 1, true), ALGEMEEN + 1).getStatus()).as(variant).isEqualTo(413);
        }
    }

    @Test
    void deKlasuploadMagGroterDanDeAlgemeneGrens() throws Exception {
        MockHttpServletResponse antwoord = stuur(verzoek("/api/overstappen/cohort", 1_000_000, true), 1_000_000);
        assertThat(antwoord.getStatus()).isEqualTo(200);
        // chunked: read to the end without a failure
        assertThat(stuur(verzoek("/api/overstappen/cohort", 1_000_000, false), 1_000_000).getStatus()).isEqualTo(200);
    }

    @Test
    void eenAnderPadHoudtDeAlgemeneGrensOokEenVariantVanHetKlaspad() throws Exception {
        for (String pad : new String[] {"/api/dossiers", "/api/overstappen/cohort/1", "/api/overstappen/cohortx",
                "/api/overstappen/Cohort"}) {
            MockHttpServletResponse antwoord = stuur(verzoek(pad, ALGEMEEN + 1, true), ALGEMEEN + 1);
            assertThat(antwoord.getStatus()).as(pad).isEqualTo(413);
            assertThat(probleem(antwoord).get("detail").asText()).contains("1000 bytes");
        }
        assertThat(stuur(verzoek("/api/dossiers", ALGEMEEN, true), ALGEMEEN).getStatus()).isEqualTo(200);
    }

    @Test
    void bovenDeKlasgrensMeteen413MetDeGrensInHetNederlands() throws Exception {
        AtomicReference<HttpServletRequest> doorgegeven = new AtomicReference<>();
        MockHttpServletResponse antwoord = new MockHttpServletResponse();
        filter.doFilter(verzoek("/api/overstappen/cohort", KLAS + 1, true), antwoord,
                (r, a) -> doorgegeven.set((HttpServletRequest) r));
        assertThat(doorgegeven.get()).as("niet doorgegeven").isNull();
        assertThat(antwoord.getStatus()).isEqualTo(413);
        assertThat(antwoord.getContentType()).startsWith("application/problem+json");
        JsonNode probleem = probleem(antwoord);
        assertThat(probleem.get("title").asText()).isEqualTo("Verzoek te groot");
        assertThat(probleem.get("detail").asText()).isEqualTo("De inhoud van het verzoek is groter dan de grens van 5 MB.");
    }

    @Test
    void zonderContentLengthFaaltHetLezenZodraDeKlasgrensVoorbijIs() throws Exception {
        MockHttpServletRequest verzoek = verzoek("/api/overstappen/cohort", KLAS + 1, false);
        filter.doFilter(verzoek, new MockHttpServletResponse(), (r, a) -> {
            InputStream body = r.getInputStream();
            byte[] buffer = new byte[8192];
            long gelezen = 0;
            try {
                for (int n; (n = body.read(buffer)) > 0; ) {
                    gelezen += n;
                }
            } catch (VerzoekTeGrootException e) {
                assertThat(e.getLimiet()).isEqualTo(KLAS);
                assertThat(gelezen).isLessThanOrEqualTo(KLAS);
                return;
            }
            throw new AssertionError("de grens is niet bewaakt");
        });
        // The body's reader as characters is limited too.
        MockHttpServletRequest tekst = verzoek("/api/dossiers", ALGEMEEN + 1, false);
        filter.doFilter(tekst, new MockHttpServletResponse(), (r, a) ->
                assertThatThrownBy(() -> r.getReader().read(new char[(int) ALGEMEEN + 10]))
                        .isInstanceOf(VerzoekTeGrootException.class));
    }

    @Test
    void eenGrensVoorMensen() {
        assertThat(Problemen.grootte(1000)).isEqualTo("1000 bytes");
        assertThat(Problemen.grootte(1024)).isEqualTo("1 kB");
        assertThat(Problemen.grootte(1_048_576)).isEqualTo("1 MB");
        assertThat(Problemen.grootte(67_108_864)).isEqualTo("64 MB");
        assertThat(Problemen.grootte(1_572_864)).isEqualTo("1,5 MB");
    }

    private MockHttpServletResponse stuur(MockHttpServletRequest verzoek, long grootte) throws Exception {
        MockHttpServletResponse antwoord = new MockHttpServletResponse();
        filter.doFilter(verzoek, antwoord, (r, a) -> {
            InputStream body = r.getInputStream();
            long gelezen = 0;
            byte[] buffer = new byte[8192];
            for (int n; (n = body.read(buffer)) > 0; ) {
                gelezen += n;
            }
            assertThat(gelezen).isEqualTo(grootte);
            ((MockHttpServletResponse) a).setStatus(200);
        });
        return antwoord;
    }

    /** A POST to the path with a body of this size, with or without its Content-Length. */
    private static MockHttpServletRequest verzoek(String pad, long grootte, boolean metLengte) {
        MockHttpServletRequest verzoek = new MockHttpServletRequest("POST", pad);
        verzoek.setContent(new byte[(int) grootte]);
        if (!metLengte) {
            // MockHttpServletRequest derives the length from its content: a chunked request has none.
            verzoek = new MockHttpServletRequest("POST", pad) {
                @Override
                public long getContentLengthLong() {
                    return -1;
                }

                @Override
                public int getContentLength() {
                    return -1;
                }
            };
            verzoek.setContent(new byte[(int) grootte]);
        }
        return verzoek;
    }

    private JsonNode probleem(MockHttpServletResponse antwoord) throws Exception {
        return json.readTree(antwoord.getContentAsByteArray());
    }
}
