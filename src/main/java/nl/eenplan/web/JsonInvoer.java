package nl.eenplan.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** What is wrong with JSON input that does not fit its record, in Dutch, per field. */
public final class JsonInvoer {

    private JsonInvoer() {
    }

    /** The field and what was expected there: "leerling.ouders[0].email: Verwacht tekst." */
    public static Veldfout fout(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return new Veldfout(pad(e), "Dit veld bestaat niet.");
        }
        if (e instanceof MismatchedInputException m) {
            Class<?> type = m.getTargetType();
            String verwacht = type == null ? null : verwacht(type);
            if (verwacht == null) {
                verwacht = m instanceof InvalidFormatException ? "Ongeldige waarde." : "Verwacht een object.";
            }
            return new Veldfout(pad(e), verwacht);
        }
        return new Veldfout(pad(e), "Ongeldige waarde.");
    }

    /** What a value of this type looks like, in Dutch; null for types without a simple description. */
    static String verwacht(Class<?> type) {
        if (type.isEnum()) {
            return "Kies uit: " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", ")) + ".";
        }
        if (type == LocalDate.class) {
            return "Verwacht een datum in de vorm JJJJ-MM-DD.";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "Verwacht een tijdstip in ISO-8601-vorm.";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "Verwacht een geheel getal.";
        }
        if (type == String.class) {
            return "Verwacht tekst.";
        }
        if (List.class.isAssignableFrom(type) || java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "Verwacht een lijst.";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "Verwacht true of false.";
        }
        return null;
    }

    /** The JSON path of the offending field: leerling.ouders[0].email. */
    static String pad(JsonMappingException e) {
        StringBuilder pad = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!pad.isEmpty()) {
                    pad.append('.');
                }
                pad.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                pad.append('[').append(ref.getIndex()).append(']');
            }
        }
        return pad.toString();
    }
}
