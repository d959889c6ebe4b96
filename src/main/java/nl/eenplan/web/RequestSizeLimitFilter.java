package nl.eenplan.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses /api request bodies over the limit with 413 problem+json naming the limit: at once when the Content-Length
 * says so, otherwise as soon as reading passes the limit (chunked uploads; the reader's failure becomes the 413 in
 * ApiExceptionHandler). The limit is {@code eenplan.api.max-request-bytes} (default 1 MB), except for the class upload
 * ({@code POST /api/overstappen/cohort}, read as a stream into a temporary file), which has
 * {@code eenplan.overstap.max-upload-bytes} (default 64 MB), and the daily absence import
 * ({@code POST /api/scholen/{brin}/verzuim/import}), which has {@code eenplan.verzuim.max-import-bytes} (default 8 MB).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimitFilter extends OncePerRequestFilter {

    /** The class upload (overstap.OverstapController.cohort). */
    static final String KLASUPLOAD = "/api/overstappen/cohort";
    /** The daily absence import (verzuim.VerzuimImportController), for one school: one path segment, the BRIN. */
    static final java.util.regex.Pattern VERZUIMIMPORT = java.util.regex.Pattern.compile("/api/scholen/[^/]+/verzuim/import");

    private final long limiet;
    private final long klasLimiet;
    private final long verzuimLimiet;
    private final ProblemWriter problemWriter;

    RequestSizeLimitFilter(@Value("${eenplan.api.max-request-bytes}") long limiet,
                           @Value("${eenplan.overstap.max-upload-bytes}") long klasLimiet,
                           @Value("${eenplan.verzuim.max-import-bytes}") long verzuimLimiet, ProblemWriter problemWriter) {
        this.limiet = limiet;
        this.klasLimiet = klasLimiet;
        this.verzuimLimiet = verzuimLimiet;
        this.problemWriter = problemWriter;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limiet = limiet(request);
        if (request.getContentLengthLong() > limiet) {
            problemWriter.schrijf(request, response, Problemen.teGroot(limiet));
            return;
        }
        chain.doFilter(new BegrensdVerzoek(request, limiet), response);
    }

    /**
     * The class upload's and the absence import's own limits on their exact paths; any other path (also a variant of
     * them) the general one.
     */
    private long limiet(HttpServletRequest request) {
        String pad = request.getRequestURI().substring(request.getContextPath().length());
        if (pad.equals(KLASUPLOAD)) {
            return klasLimiet;
        }
        return VERZUIMIMPORT.matcher(pad).matches() ? verzuimLimiet : limiet;
    }

    /** A request whose body stream fails once more than the limit has been read. */
    private static final class BegrensdVerzoek extends HttpServletRequestWrapper {

        private final long limiet;
        private ServletInputStream stroom;
        private BufferedReader lezer;

        BegrensdVerzoek(HttpServletRequest request, long limiet) {
            super(request);
            this.limiet = limiet;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stroom == null) {
                stroom = new BegrensdeStroom(super.getInputStream(), limiet);
            }
            return stroom;
        }

        /** The same limited stream as characters, so no reader of the body passes the limit. */
        @Override
        public BufferedReader getReader() throws IOException {
            if (lezer == null) {
                String tekenset = getCharacterEncoding();
                lezer = new BufferedReader(new InputStreamReader(getInputStream(),
                        tekenset == null ? StandardCharsets.ISO_8859_1 : Charset.forName(tekenset)));
            }
            return lezer;
        }
    }

    private static final class BegrensdeStroom extends ServletInputStream {

        private final ServletInputStream bron;
        private final long limiet;
        private long gelezen;

        BegrensdeStroom(ServletInputStream bron, long limiet) {
            this.bron = bron;
            this.limiet = limiet;
        }

        @Override
        public int read() throws IOException {
            int b = bron.read();
            if (b >= 0) {
                tel(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int lengte) throws IOException {
            int n = bron.read(buffer, offset, lengte);
            if (n > 0) {
                tel(n);
            }
            return n;
        }

        private void tel(int n) throws VerzoekTeGrootException {
            gelezen += n;
            if (gelezen > limiet) {
                throw new VerzoekTeGrootException(limiet);
            }
        }

        @Override
        public boolean isFinished() {
            return bron.isFinished();
        }

        @Override
        public boolean isReady() {
            return bron.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            bron.setReadListener(listener);
        }
    }
}
