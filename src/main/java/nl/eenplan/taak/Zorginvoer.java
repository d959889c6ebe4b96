package nl.eenplan.taak;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;

/**
 * Whether a task's input holds care content: a field marked {@link Zorginhoud}, also in a list or nested record.
 */
final class Zorginvoer {

    private Zorginvoer() {
    }

    static boolean bevat(Class<?> invoer) {
        return bevat(invoer, 0);
    }

    private static boolean bevat(Type type, int diepte) {
        if (diepte > 5) {
            return false;
        }
        if (type instanceof ParameterizedType p) {
            for (Type argument : p.getActualTypeArguments()) {
                if (bevat(argument, diepte + 1)) {
                    return true;
                }
            }
            return false;
        }
        if (type instanceof Class<?> klasse && klasse.isRecord()) {
            for (RecordComponent c : klasse.getRecordComponents()) {
                if (c.isAnnotationPresent(Zorginhoud.class) || bevat(c.getGenericType(), diepte + 1)) {
                    return true;
                }
            }
        }
        return false;
    }
}
