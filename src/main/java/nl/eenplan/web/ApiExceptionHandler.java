package nl.eenplan.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every /api error as application/problem+json with a Dutch title and message, and for bad input
 * the list of offending fields under "fouten". For every handler, not only EenPlan's controllers: a
 * request to an unknown path or with a method or content type no endpoint takes reaches no controller
 * of EenPlan, and is answered here all the same.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(OngeldigeInvoerException.class)
    ProblemDetail ongeldigeInvoer(OngeldigeInvoerException e) {
        return Problemen.probleem(HttpStatus.BAD_REQUEST, "Controleer de invoer.", e.getFouten());
    }

    @ExceptionHandler(NietGevondenException.class)
    ProblemDetail nietGevonden(NietGevondenException e) {
        return Problemen.probleem(HttpStatus.NOT_FOUND, e.getMessage(), List.of());
    }

    @ExceptionHandler(NietMogelijkException.class)
    ProblemDetail nietMogelijk(NietMogelijkException e) {
        return Problemen.probleem(HttpStatus.CONFLICT, e.getMessage(), List.of());
    }

    @ExceptionHandler(TijdelijkBezetException.class)
    ResponseEntity<ProblemDetail> tijdelijkBezet(TijdelijkBezetException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(TijdelijkBezetException.OPNIEUW_NA_SECONDEN))
                .body(Problemen.probleem(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage(), List.of()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail geenToegang(AccessDeniedException e) {
        return Problemen.probleem(HttpStatus.FORBIDDEN, "Je hebt geen toegang tot deze gegevens of deze handeling.", List.of());
    }

    /**
     * Another request changed or wrote the same thing at the same moment (a unique key, a row in use): the client
     * caused nothing wrong and may simply ask again. The places where such a race is expected answer it themselves
     * (nl.eenplan.transactie.Botsing); this is what is left, never a 500.
     */
    @ExceptionHandler({DataIntegrityViolationException.class, ConcurrencyFailureException.class,
            OptimisticLockingException.class})
    ProblemDetail tegelijkGewijzigd(Exception e) {
        LOG.warn("Verzoek botste met een gelijktijdig verzoek", e);
        return Problemen.probleem(HttpStatus.CONFLICT, "Een ander verzoek wijzigde dit tegelijk. Vraag het opnieuw op "
                + "en probeer het nog eens.", List.of());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> onverwacht(Exception e) {
        // A body read as a stream by the controller itself (the class upload) that passed the size limit.
        VerzoekTeGrootException teGroot = oorzaak(e, VerzoekTeGrootException.class);
        if (teGroot != null) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(Problemen.teGroot(teGroot.getLimiet()));
        }
        LOG.error("Onverwachte fout in de API", e);
        return ResponseEntity.internalServerError().body(Problemen.probleem(HttpStatus.INTERNAL_SERVER_ERROR,
                "Er ging iets mis aan onze kant. Er is niets opgeslagen; probeer het later opnieuw.", List.of()));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Veldfout> fouten = e.getBindingResult().getFieldErrors().stream()
                .sorted((a, b) -> a.getField().compareTo(b.getField()))
                .map(f -> new Veldfout(f.getField(), melding(f)))
                .toList();
        return ResponseEntity.badRequest().body(Problemen.probleem(HttpStatus.BAD_REQUEST,
                "Controleer de gemarkeerde velden.", fouten));
    }

    private static String melding(FieldError f) {
        return f.getDefaultMessage() == null ? "Ongeldige waarde." : f.getDefaultMessage();
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (oorzaak(e, VerzoekTeGrootException.class) != null) {
            long limiet = oorzaak(e, VerzoekTeGrootException.class).getLimiet();
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(Problemen.teGroot(limiet));
        }
        Throwable oorzaak = e.getCause();
        if (oorzaak instanceof UnrecognizedPropertyException
                || (oorzaak instanceof MismatchedInputException m && !m.getPath().isEmpty() && m.getTargetType() != null)) {
            return ResponseEntity.badRequest().body(Problemen.probleem(HttpStatus.BAD_REQUEST, "Controleer de invoer.",
                    List.of(JsonInvoer.fout((JsonMappingException) oorzaak))));
        }
        if (oorzaak instanceof JsonProcessingException j && j.getLocation() != null) {
            return ResponseEntity.badRequest().body(Problemen.probleem(HttpStatus.BAD_REQUEST,
                    "De inhoud is geen geldige JSON (regel " + j.getLocation().getLineNr() + ", kolom "
                            + j.getLocation().getColumnNr() + ").", List.of()));
        }
        return ResponseEntity.badRequest().body(Problemen.probleem(HttpStatus.BAD_REQUEST,
                "Het verzoek heeft geen leesbare inhoud; stuur een JSON-object.", List.of()));
    }

    /** A required query parameter is missing: name it, in Dutch. */
    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            org.springframework.web.bind.MissingServletRequestParameterException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(Problemen.probleem(HttpStatus.BAD_REQUEST, "Controleer de invoer.",
                List.of(new Veldfout(e.getParameterName(), "Deze parameter is verplicht."))));
    }

    /** A query or path parameter of the wrong type or value: name it, in Dutch. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String veld = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
        String verwacht = e.getRequiredType() == null ? null : JsonInvoer.verwacht(e.getRequiredType());
        String melding = "Ongeldige waarde '" + e.getValue() + "'." + (verwacht == null ? "" : " " + verwacht);
        return ResponseEntity.badRequest().body(Problemen.probleem(HttpStatus.BAD_REQUEST, "Controleer de invoer.",
                List.of(new Veldfout(veld == null ? "" : veld, melding))));
    }

    /** Spring MVC's own errors (405, 415, …): same shape, Dutch title. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem && problem.getProperties() == null) {
            problem.setTitle(Problemen.titel(status.value(), problem.getTitle()));
            problem.setDetail(switch (status.value()) {
                case 404 -> "Deze pagina of dit gegeven bestaat niet.";
                case 405 -> "Deze handeling is hier niet toegestaan.";
                case 406 -> "Dit antwoordformaat is niet beschikbaar; vraag om JSON.";
                case 415 -> "Stuur de inhoud als JSON (Content-Type: application/json).";
                default -> problem.getDetail();
            });
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private static <T extends Throwable> T oorzaak(Throwable e, Class<T> soort) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (soort.isInstance(t)) {
                return soort.cast(t);
            }
        }
        return null;
    }
}
