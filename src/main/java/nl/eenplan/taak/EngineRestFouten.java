package nl.eenplan.taak;

import jakarta.annotation.Priority;
import jakarta.servlet.ServletRegistration;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.eenplan.engine.Taakweigering;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.server.ServerProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.server.ConfigurableServletWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What /engine-rest and the webapps' engine API ({@code /camunda/api/engine}, which Tasklist and Cockpit call) answer
 * when a client causes an error: EenPlan's refusals with their own status and Dutch message, the engine's conflicts
 * (a task completed or claimed twice at once) as 409, what does not exist as 404, bad input as 400; in Camunda's own
 * error shape ({@code type}, {@code message}, {@code code}), which Tasklist, Cockpit and Camunda Modeler read.
 * Anything else keeps Camunda's answer.
 */
@Configuration
class EngineRestFouten {

    private static final Logger LOG = LoggerFactory.getLogger(EngineRestFouten.class);

    /** The servlet of the webapps' engine API, as Camunda's webapp starter names it (CamundaBpmWebappInitializer). */
    static final String WEBAPP_ENGINE_API = "Engine Api";

    @Bean
    ResourceConfigCustomizer engineRestFoutafhandeling() {
        return config -> config.register(Wrapped.class).register(Onverpakt.class);
    }

    /**
     * The webapps' engine API is a Jersey application of its own (servlet {@value #WEBAPP_ENGINE_API}, Camunda's
     * {@code EngineRestApplication}), which the customizer above does not reach: the same mappers as its providers,
     * by Jersey's init parameter {@code jersey.config.server.provider.classnames}, which Jersey adds to the classes
     * of the Application. Set after Camunda's {@code CamundaBpmWebappInitializer} registered that servlet: the web
     * server factory's own initializers run after the application's ServletContextInitializer beans. Without the
     * webapps (no such servlet) there is nothing to do. Test: {@code security.WebappEngineFoutenIT}.
     */
    @Bean
    WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> webappEngineFoutafhandeling() {
        return factory -> factory.addInitializers(servletContext -> {
            ServletRegistration engineApi = servletContext.getServletRegistration(WEBAPP_ENGINE_API);
            if (engineApi == null) {
                LOG.info("Geen servlet '{}' (de webapps staan uit): geen foutafhandeling daar", WEBAPP_ENGINE_API);
                return;
            }
            String mappers = Wrapped.class.getName() + "," + Onverpakt.class.getName();
            if (!engineApi.setInitParameter(ServerProperties.PROVIDER_CLASSNAMES, mappers)) {
                throw new IllegalStateException("Servlet '" + WEBAPP_ENGINE_API + "' heeft al "
                        + ServerProperties.PROVIDER_CLASSNAMES + ": " + engineApi.getInitParameter(
                                ServerProperties.PROVIDER_CLASSNAMES));
            }
        });
    }

    /** Camunda's resources wrap engine exceptions in a RestException, often as 500. */
    @Priority(1)
    public static class Wrapped implements ExceptionMapper<RestException> {
        @Override
        public Response toResponse(RestException e) {
            Response eigen = antwoord(e);
            return eigen != null ? eigen : ExceptionHandlerHelper.getInstance().getResponse(e);
        }
    }

    /** Engine exceptions that reach the REST layer unwrapped (claim, unclaim, ...). */
    @Priority(1)
    public static class Onverpakt implements ExceptionMapper<ProcessEngineException> {
        @Override
        public Response toResponse(ProcessEngineException e) {
            Response eigen = antwoord(e);
            return eigen != null ? eigen : ExceptionHandlerHelper.getInstance().getResponse(e);
        }
    }

    /** Our answer, or null to leave it to Camunda. */
    static Response antwoord(Throwable e) {
        Taakweigering weigering = Taakweigering.in(e);
        if (weigering != null) {
            return fout(weigering.status(), "Taakweigering", weigering.getMessage());
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AuthorizationException) {
                return null; // Camunda's own 403 names the missing permission
            }
            if (t instanceof OptimisticLockingException || t instanceof TaskAlreadyClaimedException) {
                LOG.debug("Conflict op /engine-rest", t);
                return fout(409, t.getClass().getSimpleName(), t instanceof TaskAlreadyClaimedException
                        ? "Iemand anders heeft deze taak al opgepakt."
                        : "Iemand anders heeft dit tegelijk gewijzigd; er is niets opgeslagen. Laad opnieuw en probeer "
                                + "het nog eens.");
            }
            if (t instanceof NotFoundException
                    || t instanceof NullValueException && String.valueOf(t.getMessage()).contains("Cannot find")
                    // An unknown task id where Camunda checks it as input (form-variables): the same answer as a
                    // task of another school, so the status tells nobody which ids exist.
                    || t instanceof BadUserRequestException
                            && String.valueOf(t.getMessage()).contains("Cannot find task with id")
                    // A variable of an instance that ended (e.g. a school's process at a school change): not a 500.
                    || t instanceof NullValueException && String.valueOf(t.getMessage()).contains("doesn't exist")
                    || isAndereSchool(t)) {
                // Something of another school does not exist for this user: the same answer as an unknown id.
                return fout(404, "NotFoundException", "Dit bestaat niet (meer), of het is niet van jouw school.");
            }
            if (String.valueOf(t.getMessage()).contains("cannot be deleted because is part of a running process")) {
                return fout(409, "ProcessEngineException", "Een taak van een proces verdwijnt alleen met haar proces.");
            }
            if (t instanceof NotValidException || t instanceof NullValueException || t instanceof BadUserRequestException
                    || t instanceof ParseException) {
                return null; // Camunda answers these with 400 and says what is wrong
            }
        }
        return null;
    }

    /**
     * Camunda's tenant check (ENGINE-13034, "... belongs to no authenticated tenant"): the engine has no exception
     * type of its own for it, only this message.
     */
    private static boolean isAndereSchool(Throwable t) {
        return t instanceof ProcessEngineException && String.valueOf(t.getMessage()).contains("no authenticated tenant");
    }

    private static Response fout(int status, String type, String melding) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("message", melding);
        body.put("code", null);
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
