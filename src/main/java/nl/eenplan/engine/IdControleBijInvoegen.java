package nl.eenplan.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.IdGenerator;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.PersistenceSession;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManagerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Camunda checks the id of every row it inserts, with the error message built before the check: "Entity " + the
 * whole entity as text + " has an invalid id" ({@code DbEntityManager#validateId}). So every insert formats its entity,
 * dates and all, for a message that is almost never needed: in a class upload 5% of the upload threads' CPU (issue #25,
 * JFR of 2026-12-03). Here the message is built only for an id the check refuses (none, or "*"): the same check, the
 * same exception, by Camunda's own code. Off with {@code eenplan.engine.standaardinstellingen=true}.
 */
@Component
@ConditionalOnProperty(name = "eenplan.engine.standaardinstellingen", havingValue = "false", matchIfMissing = true)
class IdControleBijInvoegen extends AbstractProcessEnginePlugin {

    /** After init: the engine has made its session factories (with its id generator) and not yet opened a session. */
    @Override
    public void postInit(ProcessEngineConfigurationImpl configuratie) {
        configuratie.getSessionFactories().put(DbEntityManager.class, new Fabriek(configuratie.getIdGenerator()));
    }

    /** Camunda's factory, opening the entity manager below instead of its own. */
    static final class Fabriek extends DbEntityManagerFactory {

        Fabriek(IdGenerator ids) {
            super(ids);
        }

        @Override
        public DbEntityManager openSession() {
            return new Entiteitbeheer(idGenerator,
                    Context.getCommandContext().getSession(PersistenceSession.class));
        }
    }

    /** Camunda's entity manager; only the id check differs. */
    static final class Entiteitbeheer extends DbEntityManager {

        Entiteitbeheer(IdGenerator ids, PersistenceSession opslag) {
            super(ids, opslag);
        }

        /** What {@code EnsureUtil.ensureValidIndividualResourceId} refuses (null, "*") goes to it, message and all. */
        @Override
        protected void validateId(DbEntity entiteit) {
            if (entiteit.getId() == null || "*".equals(entiteit.getId())) {
                super.validateId(entiteit);
            }
        }
    }
}
