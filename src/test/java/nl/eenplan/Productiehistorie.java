package nl.eenplan;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * An integration test with the history EenPlan keeps in production (engine.Historie: the activity history of steps
 * only; the other tests keep every activity's, see {@link IntegratieTest}) and the statements of the class upload's
 * workers counted ({@link Statementteller}). All such classes share one context.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Inherited
@TestPropertySource(properties = "eenplan.engine.historie.activiteiten=stappen")
@Import(Statementteller.class)
public @interface Productiehistorie {
}
