package nl.eenplan.dossier;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A burgerservicenummer: nine digits that pass the elfproef. Empty (null) is allowed. */
@Documented
@Constraint(validatedBy = BsnValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface Bsn {

    String message() default "Dit is geen geldig BSN: het moet uit 9 cijfers bestaan en de elfproef doorstaan.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
