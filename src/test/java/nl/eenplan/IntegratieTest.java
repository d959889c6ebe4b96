package nl.eenplan;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the integration tests: the whole application (REST, security, JPA, engine) on a
 * random port with an in-memory H2 and the demo users, job executor off. All subclasses share
 * one context. Contexts that differ (the scenario tests with coverage) use the same in-memory
 * database: Camunda's REST API and webapps find "the" engine in a per-JVM registry, so every
 * context in a JVM must see the same data, as nodes of one cluster do. PostgreSQL tests run in a
 * JVM of their own (see pom.xml).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.datasource.url=jdbc:h2:mem:eenplan-it;DB_CLOSE_DELAY=-1",
                // Tests run timer jobs themselves, at the moment they choose (ClockUtil).
                "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("demo")
public abstract class IntegratieTest {

    @LocalServerPort
    protected int port;

    protected Http http() {
        return new Http("http://localhost:" + port);
    }
}
