package nl.eenplan.taak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * Keeps the forms and the task handlers together. For every user task in processes/ with a {@code camunda:formRef},
 * the form is the one complete definition of the task's input: Tasklist and EenPlan's own pages render it and send
 * its fields as the completion's variables, and the handler reads them by name. So every field of the handler's input
 * record has a component with that key in the form (a nested record: a group with that path; a list of records: a
 * dynamic list with that path, its rows checked against the record the same way), with a component that sends what
 * the record reads; every form field is a name of the record; every input the record requires is required in the
 * form, with the record's choices and limits.
 */
final class Formuliercontrole {

    private final Path processen;
    private final Path formulieren;
    /** The input record of a task, by (process, task); empty when the task has no handler. */
    private final BiFunction<String, String, Optional<Class<?>>> invoer;

    Formuliercontrole(Path processen, Path formulieren, BiFunction<String, String, Optional<Class<?>>> invoer) {
        this.processen = processen;
        this.formulieren = formulieren;
        this.invoer = invoer;
    }

    /** All problems, one line each: "form (process.task): what is wrong". Empty means forms and handlers agree. */
    List<String> problemen() {
        Map<String, JsonNode> formulierenOpId = formulieren();
        List<String> problemen = new ArrayList<>();
        for (Path bestand : bestanden(processen, ".bpmn")) {
            BpmnModelInstance model = Bpmn.readModelFromFile(bestand.toFile());
            for (Process proces : model.getModelElementsByType(Process.class)) {
                for (UserTask taak : alleTaken(model, proces)) {
                    String ref = taak.getCamundaFormRef();
                    if (ref == null || ref.isBlank()) {
                        continue;
                    }
                    String sleutel = proces.getId() + "." + taak.getId();
                    JsonNode formulier = formulierenOpId.get(ref);
                    String wie = ref + ".form (" + sleutel + "): ";
                    if (formulier == null) {
                        problemen.add(wie + "het formulier bestaat niet in forms/");
                        continue;
                    }
                    Optional<Class<?>> soort = invoer.apply(proces.getId(), taak.getId());
                    if (soort.isEmpty()) {
                        problemen.add(wie + "de taak heeft geen afhandeling");
                        continue;
                    }
                    controleer(wie, formulier.path("components"), soort.get(), problemen);
                }
            }
        }
        return problemen;
    }

    /** Every user task of the process, also those in subprocesses. */
    private static Collection<UserTask> alleTaken(BpmnModelInstance model, Process proces) {
        List<UserTask> taken = new ArrayList<>();
        for (UserTask t : model.getModelElementsByType(UserTask.class)) {
            org.camunda.bpm.model.xml.instance.ModelElementInstance ouder = t.getParentElement();
            while (ouder != null && !(ouder instanceof Process)) {
                ouder = ouder.getParentElement();
            }
            if (ouder == proces) {
                taken.add(t);
            }
        }
        return taken;
    }

    /** One level of a form (the form itself, a group or a row of a dynamic list) against one record. */
    private void controleer(String wie, JsonNode componenten, Class<?> record, List<String> problemen) {
        Map<String, JsonNode> velden = new LinkedHashMap<>();
        verzamel(componenten, velden);
        Map<String, RecordComponent> invoer = new LinkedHashMap<>();
        if (record.isRecord()) {
            for (RecordComponent c : record.getRecordComponents()) {
                invoer.put(c.getName(), c);
            }
        }
        for (Map.Entry<String, JsonNode> v : velden.entrySet()) {
            RecordComponent c = invoer.get(v.getKey());
            if (c == null) {
                problemen.add(wie + "veld '" + v.getKey() + "' bestaat niet in de invoer van de taak ("
                        + naam(record) + ": " + String.join(", ", invoer.keySet()) + ")");
                continue;
            }
            controleerVeld(wie, v.getKey(), v.getValue(), c, record, problemen);
        }
        for (RecordComponent c : invoer.values()) {
            if (!velden.containsKey(c.getName())) {
                problemen.add(wie + "'" + c.getName() + "' van de invoer (" + naam(record)
                        + ") ontbreekt in het formulier" + (verplicht(record, c).isPresent() ? " en is verplicht" : "")
                        + (lijstVanRecords(c) ? ": een dynamische lijst met path '" + c.getName() + "'" : ""));
            }
        }
    }

    private void controleerVeld(String wie, String naam, JsonNode veld, RecordComponent c, Class<?> record,
                                List<String> problemen) {
        String type = veld.path("type").asText();
        String waar = wie + "'" + naam + "' ";
        Class<?> javaType = c.getType();
        Class<?> element = elementType(c.getGenericType());
        boolean past = switch (type) {
            case "checkbox" -> javaType == Boolean.class || javaType == boolean.class;
            case "checklist" -> Collection.class.isAssignableFrom(javaType) && element != null && element.isEnum();
            case "radio", "select" -> javaType.isEnum() || javaType == String.class;
            case "textfield", "textarea" -> javaType == String.class
                    || ((javaType == LocalDate.class || javaType == LocalDateTime.class) && veld.path("validate").has("pattern"));
            case "number" -> javaType == Integer.class || javaType == int.class || javaType == Long.class || javaType == long.class;
            case "datetime" -> javaType == LocalDate.class ? "date".equals(veld.path("subtype").asText())
                    : javaType == LocalDateTime.class && "datetime".equals(veld.path("subtype").asText())
                            && "no_timezone".equals(veld.path("timeSerializingFormat").asText());
            case "group" -> javaType.isRecord();
            case "dynamiclist" -> lijstVanRecords(c);
            default -> false;
        };
        if (!past) {
            problemen.add(waar + "is een " + type + (veld.has("subtype") ? " (" + veld.path("subtype").asText() + ")" : "")
                    + "; de invoer verwacht " + c.getGenericType().getTypeName().replaceAll("[a-z]+\\.", "")
                    + (javaType == LocalDateTime.class ? " (datetime met timeSerializingFormat no_timezone)" : "")
                    + (javaType == LocalDate.class ? " (datetime met subtype date)" : "")
                    + (lijstVanRecords(c) ? " (een dynamische lijst)" : ""));
            return;
        }

        JsonNode validate = veld.path("validate");
        boolean verplichtInFormulier = validate.path("required").asBoolean(false);
        Optional<String> verplicht = verplicht(record, c);
        if (verplicht.isPresent()) {
            boolean stuurtAltijd = switch (type) {
                // A checkbox always sends true or false, a checklist a list, a group an object: "required" on a
                // checkbox would mean "must be ticked", which only @AssertTrue means.
                case "checkbox", "checklist", "group" -> verplicht.get().equals("@NotNull");
                // A dynamic list has no "required" of its own in form-js: it sends a list, and a list that may not be
                // empty starts with a row (whose required fields must then be filled in).
                case "dynamiclist" -> verplicht.get().equals("@NotNull")
                        || verplicht.get().equals("@NotEmpty") && veld.path("defaultRepetitions").asInt(0) >= 1;
                default -> false;
            };
            if (type.equals("dynamiclist") && !stuurtAltijd) {
                problemen.add(waar + "is verplicht in de invoer (" + verplicht.get() + "): laat de dynamische lijst met "
                        + "een rij beginnen (defaultRepetitions 1)");
            } else if (!verplichtInFormulier && !stuurtAltijd) {
                problemen.add(waar + "is verplicht in de invoer (" + verplicht.get() + ") maar niet in het formulier "
                        + "(validate.required)");
            }
            if (veld.path("conditional").has("hide")) {
                problemen.add(waar + "is verplicht in de invoer maar soms verborgen: dan stuurt het formulier niets");
            }
        }

        if (type.equals("radio") || type.equals("select") || type.equals("checklist")) {
            Class<?> keuze = type.equals("checklist") ? element : javaType;
            Set<String> waarden = new TreeSet<>();
            veld.path("values").forEach(w -> waarden.add(w.path("value").asText()));
            // A select may take its choices from the data the task page gives (valuesKey, e.g. the parents with gezag).
            if (waarden.isEmpty() && !(type.equals("select") && !veld.path("valuesKey").asText("").isEmpty())) {
                problemen.add(waar + "heeft geen keuzes (values)");
            } else if (keuze.isEnum()) {
                Set<String> bekend = new TreeSet<>();
                Arrays.stream(keuze.getEnumConstants()).forEach(k -> bekend.add(((Enum<?>) k).name()));
                Set<String> onbekend = new TreeSet<>(waarden);
                onbekend.removeAll(bekend);
                if (!onbekend.isEmpty()) {
                    problemen.add(waar + "kiest uit " + onbekend + ", maar de invoer kent alleen " + bekend);
                }
            }
        }

        if (type.equals("textfield") || type.equals("textarea")) {
            Size size = annotatie(record, c, Size.class);
            Integer inInvoer = size == null || size.max() == Integer.MAX_VALUE ? null : size.max();
            Integer inFormulier = validate.has("maxLength") ? validate.path("maxLength").asInt() : null;
            if (!Objects.equals(inInvoer, inFormulier)) {
                problemen.add(waar + "heeft maxLength " + inFormulier + ", de invoer staat " + inInvoer + " tekens toe");
            }
        }
        if (type.equals("number")) {
            Min min = annotatie(record, c, Min.class);
            Max max = annotatie(record, c, Max.class);
            Long inFormulierMin = validate.has("min") ? validate.path("min").asLong() : null;
            Long inFormulierMax = validate.has("max") ? validate.path("max").asLong() : null;
            if (!Objects.equals(min == null ? null : min.value(), inFormulierMin)
                    || !Objects.equals(max == null ? null : max.value(), inFormulierMax)) {
                problemen.add(waar + "heeft min/max " + inFormulierMin + "/" + inFormulierMax + ", de invoer "
                        + (min == null ? null : min.value()) + "/" + (max == null ? null : max.value()));
            }
            if (veld.path("decimalDigits").asInt(-1) != 0) {
                problemen.add(waar + "is een geheel getal in de invoer: zet decimalDigits op 0");
            }
        }
        if (type.equals("group")) {
            controleer(wie + naam + ".", veld.path("components"), javaType, problemen);
        }
        if (type.equals("dynamiclist")) {
            if (!veld.path("isRepeating").asBoolean(false)) {
                problemen.add(waar + "is een lijst: zet isRepeating aan");
            }
            // form-js before 1.9.2 does not submit the rows it shows collapsed (bpmn-io/form-js#1230).
            if (!veld.path("disableCollapse").asBoolean(false)) {
                problemen.add(waar + "klapt rijen in, en ingeklapte rijen stuurt form-js 1.8 niet mee: zet "
                        + "disableCollapse aan");
            }
            Size size = annotatie(record, c, Size.class);
            if (size != null && size.max() != Integer.MAX_VALUE && veld.has("nonCollapsedItems")
                    && veld.path("nonCollapsedItems").asInt() < size.max()) {
                problemen.add(waar + "toont " + veld.path("nonCollapsedItems").asInt() + " rijen open, de invoer neemt er "
                        + size.max());
            }
            controleer(wie + naam + "[].", veld.path("components"), element, problemen);
        }
    }

    /** The fields one level of a form sends, by key (or path, for a group or dynamic list); groups without path are looked into. */
    private static void verzamel(JsonNode componenten, Map<String, JsonNode> velden) {
        for (JsonNode c : componenten) {
            String type = c.path("type").asText();
            if ((type.equals("group") || type.equals("dynamiclist")) && c.path("path").asText("").isEmpty()) {
                verzamel(c.path("components"), velden);
            } else if (type.equals("group") || type.equals("dynamiclist")) {
                velden.put(c.path("path").asText(), c);
            } else if (c.hasNonNull("key")) {
                velden.put(c.path("key").asText(), c);
            }
        }
    }

    /** The constraint that makes this input required, if any. */
    private static Optional<String> verplicht(Class<?> record, RecordComponent c) {
        for (Class<? extends Annotation> a : List.of(AssertTrue.class, NotEmpty.class,
                NotBlank.class, NotNull.class)) {
            if (annotatie(record, c, a) != null) {
                return Optional.of("@" + a.getSimpleName());
            }
        }
        return Optional.empty();
    }

    /** A constraint on a record component (it lands on the record's field). */
    private static <A extends Annotation> A annotatie(Class<?> record, RecordComponent c, Class<A> soort) {
        try {
            Field veld = record.getDeclaredField(c.getName());
            return veld.getAnnotation(soort);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the input is a list (or set) of records: a dynamic list in the form. */
    private static boolean lijstVanRecords(RecordComponent c) {
        Class<?> element = elementType(c.getGenericType());
        return Collection.class.isAssignableFrom(c.getType()) && element != null && element.isRecord();
    }

    private static Class<?> elementType(Type type) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length == 1
                && p.getActualTypeArguments()[0] instanceof Class<?> k) {
            return k;
        }
        return null;
    }

    private Map<String, JsonNode> formulieren() {
        Map<String, JsonNode> opId = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (Path form : bestanden(formulieren, ".form")) {
            try {
                JsonNode f = json.readTree(form.toFile());
                opId.put(f.path("id").asText(), f);
            } catch (IOException e) {
                throw new UncheckedIOException(form + " is geen geldig formulier", e);
            }
        }
        return opId;
    }

    private static List<Path> bestanden(Path map, String extensie) {
        if (!Files.isDirectory(map)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(map)) {
            return s.filter(p -> p.toString().endsWith(extensie)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The input record as the code names it: Melden.Invoer for a handler's nested record. */
    private static String naam(Class<?> record) {
        return record.getEnclosingClass() == null ? record.getSimpleName()
                : record.getEnclosingClass().getSimpleName() + "." + record.getSimpleName();
    }
}
