package nl.eenplan.modelcontrole;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A Spring bean that process models may call by its name, e.g. {@code ${termijn.deadline(execution, ...)}} or
 * {@code camunda:delegateExpression="${stuurHerinnering}"}. Put it on the bean's class, or on the {@code @Bean}
 * method that makes it. The engine resolves no other bean in an expression, and a model that names another is
 * refused when it is deployed ({@link Modelcontrole}; the list for process owners is in docs/modeler.md).
 * Everything public on a marked bean is open to whoever may deploy: mark only beans made for models.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface VoorModellen {
}
