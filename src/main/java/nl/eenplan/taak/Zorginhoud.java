package nl.eenplan.taak;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field of a task's input that holds care content: what a professional writes about the pupil (a report,
 * a goal, an agreement, a reason, a perspective). Its handler stores it in the dossier only; a task with such input
 * is worked on EenPlan's own page, and Tasklist links there ({@link ZorgtakenInEenPlan}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER})
public @interface Zorginhoud {
}
