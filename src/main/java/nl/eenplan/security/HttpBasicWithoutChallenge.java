package nl.eenplan.security;

import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

/**
 * Camunda's HTTP basic check for /engine-rest, without the challenge on a 401: with a
 * {@code WWW-Authenticate: Basic} header a browser asks for the password and then sends it along with
 * every later request, also with one that another site makes it send. API clients (Camunda Modeler,
 * curl -u) send the login up front and need no challenge. Public with a public constructor:
 * Camunda's filter creates it by its class name.
 */
public class HttpBasicWithoutChallenge extends HttpBasicAuthenticationProvider {

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        // no challenge: the 401 alone
    }
}
