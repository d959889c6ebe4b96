package nl.eenplan.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses /api request bodies over the limit (default 1 MB) with 413: at once when the
 * Content-Length says so, otherwise as soon as reading passes the limit (chunked uploads).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final long limiet;
    private final ProblemWriter problemWriter;

    RequestSizeLimitFilter(@Value("${eenplan.api.max-request-bytes}") long limiet, ProblemWriter problemWriter) {
        this.limiet = limiet;
        this.problemWriter = problemWriter;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limiet) {
            problemWriter.schrijf(request, response, Problemen.teGroot(limiet));
            return;
        }
        chain.doFilter(new BegrensdVerzoek(request, limiet), response);
    }

    /** A request whose body stream fails once more than the limit has been read. */
    private static final class BegrensdVerzoek extends HttpServletRequestWrapper {

        private final long limiet;
        private ServletInputStream stroom;

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
