package nl.eenplan.taak;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.util.ClassUtils;

/**
 * Bean names for the component scan: a task handler ({@link Gebruikerstaak}) is named by its full class name,
 * because handlers are named as their model names the task, and two models may both have a task
 * {@code afsluiten} or {@code evalueren}; every other bean keeps Spring's name (models call beans by that name).
 */
public class Afhandelingnamen extends AnnotationBeanNameGenerator {

    @Override
    protected String buildDefaultBeanName(BeanDefinition definitie) {
        String klasse = definitie.getBeanClassName();
        if (klasse != null && ClassUtils.isPresent(klasse, getClass().getClassLoader())
                && Gebruikerstaak.class.isAssignableFrom(ClassUtils.resolveClassName(klasse, getClass().getClassLoader()))) {
            return klasse;
        }
        return super.buildDefaultBeanName(definitie);
    }
}
