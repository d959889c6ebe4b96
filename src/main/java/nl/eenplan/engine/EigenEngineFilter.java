package nl.eenplan.engine;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The first filter of every request ({@link EigenEngineConfig}): Camunda's doors serve this application's own engine
 * ({@link EigenEngine}), and no request is served with a Camunda authentication it did not bring. Camunda keeps who is
 * signed in per thread, and the web server's threads serve one request after another: an authentication a door forgot
 * to clear would make the next request on that thread act as that user. Each door sets its user and clears it in a
 * finally (Camunda's filters, security.EngineGebruiker); here it is cleared before and after every request as well,
 * and a leftover is logged as the error it is. And the webapps' base is put back when another application in the JVM
 * took it away ({@link Webappbasis}).
 */
class EigenEngineFilter implements Filter {

    private static final Logger LOG = LoggerFactory.getLogger(EigenEngineFilter.class);

    // A provider: the filter is made when the web server starts, before the engine is.
    private final ObjectProvider<ProcessEngine> engine;

    EigenEngineFilter(ObjectProvider<ProcessEngine> engine) {
        this.engine = engine;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        ProcessEngine eigen = engine.getIfAvailable();
        if (eigen == null) {
            chain.doFilter(request, response);
            return;
        }
        IdentityService identiteit = eigen.getIdentityService();
        wisAchtergelaten(identiteit, "voor", request);
        EigenEngine.voorDitVerzoek(eigen);
        Webappbasis.zorgVoor();
        try {
            chain.doFilter(request, response);
        } finally {
            EigenEngine.vergeet();
            wisAchtergelaten(identiteit, "na", request);
        }
    }

    private static void wisAchtergelaten(IdentityService identiteit, String wanneer, ServletRequest request) {
        Authentication achtergelaten = identiteit.getCurrentAuthentication();
        if (achtergelaten != null) {
            LOG.error("Camunda-aanmelding van '{}' stond nog op deze thread {} {} {}; gewist", achtergelaten.getUserId(),
                    wanneer, request instanceof HttpServletRequest http ? http.getMethod() : "",
                    request instanceof HttpServletRequest http ? http.getRequestURI() : "");
            identiteit.clearAuthentication();
        }
    }
}
