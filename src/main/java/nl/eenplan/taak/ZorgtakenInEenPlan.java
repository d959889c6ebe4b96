package nl.eenplan.taak;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A task whose input holds care content (see {@link Zorginvoer}) opens in Tasklist as an external form: a link to
 * its page in EenPlan, where the pupil's name and plan are, instead of its Camunda Form. Tasklist asks each task's
 * form through {@code GET .../task/{id}/form}; for such a task the answer names EenPlan's page ({@code /taken/extern},
 * which Tasklist calls with {@code ?taskId=}) and no Camunda Form. Routing-only tasks keep their form in Tasklist.
 * Completing through any door still goes through the task's handler (VoltooiTaak); this only decides where people
 * are sent to do the work.
 */
@Configuration
class ZorgtakenInEenPlan {

    /** The page Tasklist links to; paginas.TaakPagina sends it on to the task. */
    static final String EXTERN = "/taken/extern";

    @Bean
    FilterRegistrationBean<Filter> zorgtakenInEenPlanFilter(
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webapp,
            ObjectProvider<TaskService> taken, ObjectProvider<RepositoryService> modellen,
            ObjectProvider<Afhandelingen> afhandelingen, ObjectMapper json) {
        var registratie = new FilterRegistrationBean<>(new Filter(webapp, taken, modellen, afhandelingen, json));
        registratie.setName("zorgtaken-in-eenplan");
        registratie.addUrlPatterns(webapp + "/api/engine/*");
        registratie.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registratie;
    }

    static final class Filter extends OncePerRequestFilter {

        private final Pattern formulier;
        private final ObjectProvider<TaskService> taken;
        private final ObjectProvider<RepositoryService> modellen;
        private final ObjectProvider<Afhandelingen> afhandelingen;
        private final ObjectMapper json;

        Filter(String webapp, ObjectProvider<TaskService> taken, ObjectProvider<RepositoryService> modellen,
               ObjectProvider<Afhandelingen> afhandelingen, ObjectMapper json) {
            this.formulier = Pattern.compile("^" + Pattern.quote(webapp)
                    + "/api/engine/engine/[^/]+/task/([^/]+)/form$");
            this.taken = taken;
            this.modellen = modellen;
            this.afhandelingen = afhandelingen;
            this.json = json;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !"GET".equals(request.getMethod()) || !formulier.matcher(pad(request)).matches();
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            ContentCachingResponseWrapper antwoord = new ContentCachingResponseWrapper(response);
            chain.doFilter(request, antwoord);
            Matcher m = formulier.matcher(pad(request));
            if (antwoord.getStatus() == 200 && m.matches() && inEenPlan(m.group(1))) {
                ObjectNode extern = json.createObjectNode();
                extern.put("key", request.getContextPath() + EXTERN);
                extern.putNull("contextPath");
                extern.putNull("camundaFormRef");
                byte[] body = json.writeValueAsBytes(extern);
                antwoord.resetBuffer();
                antwoord.getOutputStream().write(body);
                response.setContentLength(body.length);
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            }
            antwoord.copyBodyToResponse();
        }

        /** The task exists (the webapp already answered 200 to this user) and its handler takes care content. */
        private boolean inEenPlan(String taakId) {
            Task taak = taken.getObject().createTaskQuery().taskId(taakId).singleResult();
            if (taak == null || taak.getProcessDefinitionId() == null) {
                return false;
            }
            String proces = modellen.getObject().getProcessDefinition(taak.getProcessDefinitionId()).getKey();
            return afhandelingen.getObject().voor(proces, taak.getTaskDefinitionKey())
                    .map(a -> Zorginvoer.bevat(a.invoer())).orElse(false);
        }

        private static String pad(HttpServletRequest request) {
            return request.getRequestURI().substring(request.getContextPath().length());
        }
    }
}
