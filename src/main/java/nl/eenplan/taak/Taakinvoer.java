package nl.eenplan.taak;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.eenplan.engine.Taakweigering;
import nl.eenplan.web.JsonInvoer;
import nl.eenplan.web.Veldfout;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;

/**
 * The variables a client sends to complete a task, read as the handler's input record and checked. They are
 * input only, never process variables: the raw input never reaches the process or its history.
 */
final class Taakinvoer {

    private final ObjectMapper json;
    private final Validator validator;

    Taakinvoer(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /** The input as the handler's record, checked; a refusal names every wrong field. */
    <T> T lees(Map<String, Object> variabelen, Class<T> soort) {
        T waarde;
        try {
            waarde = json.treeToValue(alsJson(variabelen), soort);
        } catch (JsonMappingException e) {
            throw Taakweigering.ongeldig(List.of(JsonInvoer.fout(e)));
        } catch (JsonProcessingException e) {
            throw Taakweigering.ongeldig(List.of(new Veldfout("", "De invoer past niet bij deze taak.")));
        }
        if (waarde == null) {
            throw Taakweigering.ongeldig(List.of(new Veldfout("", "De invoer past niet bij deze taak.")));
        }
        Set<ConstraintViolation<T>> fouten = validator.validate(waarde);
        if (!fouten.isEmpty()) {
            throw Taakweigering.ongeldig(fouten.stream()
                    .map(f -> new Veldfout(f.getPropertyPath().toString(), f.getMessage()))
                    .sorted(Comparator.comparing(Veldfout::veld).thenComparing(Veldfout::melding)).toList());
        }
        return waarde;
    }

    private ObjectNode alsJson(Map<String, Object> variabelen) throws JsonProcessingException {
        ObjectNode uit = json.createObjectNode();
        if (variabelen != null) {
            for (String naam : variabelen.keySet()) {
                // From /engine-rest the map holds typed values; its get() would deserialize an Object value.
                Object waarde = variabelen instanceof VariableMap getypt ? getypt.getValueTyped(naam) : variabelen.get(naam);
                uit.set(naam, zonderLegeTekst(alsJson(waarde)));
            }
        }
        return uit;
    }

    /**
     * An empty text is no value: a form sends "" for a text field left empty (Tasklist's text fields, also in a
     * group or a list), where the record means "not given". A required field then gets its own message.
     */
    private static JsonNode zonderLegeTekst(JsonNode waarde) {
        if (waarde.isTextual() && waarde.asText().isEmpty()) {
            return NullNode.getInstance();
        }
        if (waarde instanceof ObjectNode object) {
            object.properties().forEach(veld -> veld.setValue(zonderLegeTekst(veld.getValue())));
        } else if (waarde instanceof ArrayNode lijst) {
            for (int i = 0; i < lijst.size(); i++) {
                lijst.set(i, zonderLegeTekst(lijst.get(i)));
            }
        }
        return waarde;
    }

    /**
     * One value as JSON, as the doors send it: Camunda's typed values (Tasklist and /engine-rest: String,
     * Boolean, Long, Date, and Json for lists), Spin JSON, or plain Java values (EenPlan's own API).
     */
    private JsonNode alsJson(Object waarde) throws JsonProcessingException {
        if (waarde instanceof SerializableValue s && !s.isDeserialized()) {
            // Json and Object values as their JSON text; Java serialization is never read (no classes from input).
            if (s.getValueSerialized() == null || !"application/json".equals(s.getSerializationDataFormat())
                    && !(s instanceof org.camunda.spin.plugin.variable.value.JsonValue)) {
                throw Taakweigering.ongeldig(List.of(new Veldfout("", "Stuur de invoer als tekst, getal, ja/nee of JSON.")));
            }
            return json.readTree(s.getValueSerialized());
        }
        Object w = waarde instanceof TypedValue t ? t.getValue() : waarde;
        if (w instanceof SpinJsonNode spin) {
            return json.readTree(spin.toString());
        }
        if (w instanceof Date d) {
            return TextNode.valueOf(d.toInstant().toString());
        }
        return json.valueToTree(w);
    }
}
