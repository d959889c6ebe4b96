package nl.eenplan.deployment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.eenplan.engine.Routering;
import nl.eenplan.security.Groepen;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Trying a model out on a running server ("probeer het uit", docs/modeler.md): a process owner deploys it from Camunda
 * Modeler with the test tenant ({@code eenplan.proef.tenant}, default {@code eenplan-proef}) as tenant id.
 * <ul>
 *   <li>Real schools never get it: EenPlan starts their processes on the versions for all schools (no tenant), also
 *       when a try version of the same process exists ({@link #start}, {@link #startbericht}); call activities and
 *       decisions of a version for all schools stay within those.</li>
 *   <li>Only the school whose BRIN is the test tenant (a test school an administrator registers, if the installation
 *       wants one) starts on the try version, when there is one.</li>
 *   <li>It is gone after a restart: every deployment of the test tenant is deleted at start-up, with its instances and
 *       their history.</li>
 * </ul>
 * The test tenant exists in Camunda's identity store with the process owners as members, so they see their try
 * versions in Cockpit.
 */
@Component
public class Proefomgeving implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(Proefomgeving.class);

    private final String tenant;
    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;

    Proefomgeving(@Value("${eenplan.proef.tenant}") String tenant, RepositoryService repositoryService,
                  RuntimeService runtimeService, IdentityService identityService) {
        this.tenant = tenant;
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
    }

    /** The tenant id of try deployments. */
    public String tenant() {
        return tenant;
    }

    /** At start-up, before the first request and the job executor: yesterday's try versions are gone. */
    @Override
    public void afterSingletonsInstantiated() {
        List<Deployment> proef = repositoryService.createDeploymentQuery().tenantIdIn(tenant).list();
        for (Deployment d : proef) {
            // cascade: its instances, jobs and history too; no listeners or mappings of the models run.
            repositoryService.deleteDeployment(d.getId(), true, true, true);
        }
        if (!proef.isEmpty()) {
            LOG.info("{} proefdeployment(s) van tenant '{}' verwijderd, met hun instanties.", proef.size(), tenant);
        }
    }

    /** The test tenant exists, with the process owners as members (once their group exists). */
    @EventListener(ApplicationStartedEvent.class)
    public void richtTenantIn() {
        if (identityService.createTenantQuery().tenantId(tenant).count() == 0) {
            Tenant t = identityService.newTenant(tenant);
            t.setName("Proefomgeving (modellen uitproberen)");
            identityService.saveTenant(t);
        }
        if (identityService.createGroupQuery().groupId(Groepen.PROCESBEHEER).count() > 0
                && identityService.createGroupQuery().groupId(Groepen.PROCESBEHEER).memberOfTenant(tenant).count() == 0) {
            identityService.createTenantGroupMembership(tenant, Groepen.PROCESBEHEER);
        }
    }

    /**
     * Starts a process for a pupil of the school in {@code variabelen.schoolBrin}, as
     * {@code RuntimeService.startProcessInstanceByKey} does, but on the latest version for all schools; for the test
     * school on its try version, if one is deployed.
     */
    public ProcessInstance start(String sleutel, String businessKey, Map<String, Object> variabelen) {
        Object school = variabelen.get(Routering.SCHOOL.naam());
        return starter(sleutel, school == null ? null : school.toString()).businessKey(businessKey)
                .setVariables(variabelen).execute();
    }

    /**
     * As {@link #start}, for a start the caller finishes itself (e.g. before a given step, as a hand-over does): the
     * version for all schools, or for the test school its try version.
     */
    public ProcessInstantiationBuilder starter(String sleutel, String schoolBrin) {
        ProcessInstantiationBuilder start = runtimeService.createProcessInstanceByKey(sleutel);
        if (schoolBrin != null && proefversie(sleutel, schoolBrin).isPresent()) {
            return start.processDefinitionTenantId(tenant);
        }
        return start.processDefinitionWithoutTenantId();
    }

    /**
     * A message that starts a process (not one for a running instance) for a pupil of this school: for all schools,
     * or for the test school its try version, if one waits for this message.
     */
    public MessageCorrelationBuilder startbericht(String bericht, String schoolBrin) {
        MessageCorrelationBuilder correlatie = runtimeService.createMessageCorrelation(bericht);
        boolean proef = tenant.equals(schoolBrin) && runtimeService.createEventSubscriptionQuery().eventType("message")
                .eventName(bericht).tenantIdIn(tenant).count() > 0;
        return proef ? correlatie.tenantId(tenant) : correlatie.withoutTenantId();
    }

    /** The try version of this process, only for the test school: asked for no other school. */
    public Optional<String> proefversie(String sleutel, String schoolBrin) {
        if (!tenant.equals(schoolBrin)) {
            return Optional.empty();
        }
        return Optional.ofNullable(repositoryService.createProcessDefinitionQuery().processDefinitionKey(sleutel)
                .tenantIdIn(tenant).latestVersion().singleResult()).map(ProcessDefinition::getId);
    }
}
