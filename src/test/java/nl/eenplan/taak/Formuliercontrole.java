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
import java.util.LinkedHashSet;
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
 * Keeps the Tasklist forms and the task handlers together. For every user task in processes/ with a
 * {@code camunda:formRef}, the form's field keys are the names of the handler's input record (Tasklist sends a
 * form's fields as the completion's variables, and the handler reads them by name), with a component that sends
 * what the record reads, and every input the record requires is a required field, with the record's choices and
 * limits. A group with a path is a nested record, checked the same way. A dynamic list is refused: Tasklist 7.24
 * renders it, but keeps Complete disabled once a field in it changes.
 * <p>
 * A task whose input a Camunda Form cannot send is marked explicitly as completed outside Tasklist: its form
 * explains where to do it and has no fields at all. Optional input a complete form leaves out is named too.
 */
final class Formuliercontrole {

    private final Path processen;
    private final Path formulieren;
    /** The input record of a task, by (process, task); empty when the task has no handler. */
    private final BiFunction<String, String, Optional<Class<?>>> invoer;
    /** "process.task" → why it is completed outside Tasklist. */
    private final Map<String, String> buitenTasklist;
    /** "process.task" → optional input fields its form leaves out (with the reason in the caller). */
    private final Map<String, Set<String>> nietInFormulier;

    Formuliercontrole(Path processen, Path formulieren, BiFunction<String, String, Optional<Class<?>>> invoer,
                      Map<String, String> buitenTasklist, Map<String, Set<String>> nietInFormulier) {
        this.processen = processen;
        this.formulieren = formulieren;
        this.invoer = invoer;
        this.buitenTasklist = buitenTasklist;
        this.nietInFormulier = nietInFormulier;
    }

    /** All problems, one line each: "form (process.task): what is wrong". Empty means forms and handlers agree. */
    List<String> problemen() {
        Map<String, JsonNode> formulierenOpId = formulieren();
        List<String> problemen = new ArrayList<>();
        Set<String> gezien = new LinkedHashSet<>();
        for (Path bestand : bestanden(processen, ".bpmn")) {
            BpmnModelInstance model = Bpmn.readModelFromFile(bestand.toFile());
            for (Process proces : model.getModelElementsByType(Process.class)) {
                for (UserTask taak : alleTaken(model, proces)) {
                    String ref = taak.getCamundaFormRef();
                    if (ref == null || ref.isBlank()) {
                        continue;
                    }
                    String sleutel = proces.getId() + "." + taak.getId();
                    gezien.add(sleutel);
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
                    if (buitenTasklist.containsKey(sleutel)) {
                        List<String> velden = new ArrayList<>();
                        velden(formulier.path("components"), velden);
                        if (!velden.isEmpty()) {
                            problemen.add(wie + "wordt buiten Tasklist afgerond, maar het formulier heeft velden "
                                    + velden + ": alleen uitleg, anders weigert de afhandeling ze");
                        }
                        continue;
                    }
                    controleer(wie, formulier.path("components"), soort.get(),
                            nietInFormulier.getOrDefault(sleutel, Set.of()), problemen);
                }
            }
        }
        for (String sleutel : buitenTasklist.keySet()) {
            if (!gezien.contains(sleutel)) {
                problemen.add(sleutel + ": staat op de lijst van taken buiten Tasklist, maar is geen taak met een formulier");
            }
        }
        for (String sleutel : nietInFormulier.keySet()) {
            if (!gezien.contains(sleutel)) {
                problemen.add(sleutel + ": staat op de lijst van weggelaten invoer, maar is geen taak met een formulier");
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

    /** One level of a form (the form itself, a group or a dynamic list) against one record. */
    private void controleer(String wie, JsonNode componenten, Class<?> record, Set<String> weggelaten,
                            List<String> problemen) {
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
            if (!velden.containsKey(c.getName()) && !weggelaten.contains(c.getName())) {
                problemen.add(wie + "'" + c.getName() + "' van de invoer (" + naam(record)
                        + ") ontbreekt in het formulier" + (verplicht(record, c).isPresent() ? " en is verplicht" : ""));
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
            default -> false;
        };
        if (type.equals("dynamiclist")) {
            // form-js renders it, but Tasklist 7.24 keeps an empty error entry once a field in a list changes, and
            // then keeps Complete disabled (only Save, which keeps the form in the browser, clears it).
            problemen.add(waar + "is een dynamische lijst: daarmee blijft Complete in Tasklist 7.24 uitgeschakeld "
                    + "zodra er iets in de lijst verandert; laat de lijst weg (als weggelaten invoer) of rond de taak "
                    + "buiten Tasklist af");
            return;
        }
        if (!past) {
            problemen.add(waar + "is een " + type + (veld.has("subtype") ? " (" + veld.path("subtype").asText() + ")" : "")
                    + "; de invoer verwacht " + c.getGenericType().getTypeName().replaceAll("[a-z]+\\.", "")
                    + (javaType == LocalDateTime.class ? " (datetime met timeSerializingFormat no_timezone)" : "")
                    + (javaType == LocalDate.class ? " (datetime met subtype date)" : ""));
            return;
        }

        JsonNode validate = veld.path("validate");
        boolean verplichtInFormulier = validate.path("required").asBoolean(false);
        Optional<String> verplicht = verplicht(record, c);
        if (verplicht.isPresent()) {
            boolean stuurtAltijd = switch (type) {
                // A checkbox always sends true or false, a checklist a list, a group an object.
                case "checkbox", "checklist", "group" -> verplicht.get().equals("@NotNull");
                default -> false;
            };
            if (!verplichtInFormulier && !stuurtAltijd) {
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
            if (waarden.isEmpty()) {
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
            controleer(wie + naam + ".", veld.path("components"), javaType, Set.of(), problemen);
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

    /** Every field anywhere in a form. */
    private static void velden(JsonNode componenten, List<String> velden) {
        for (JsonNode c : componenten) {
            if (c.hasNonNull("key")) {
                velden.add(c.path("key").asText());
            }
            if (c.hasNonNull("path") && !c.path("path").asText().isEmpty()) {
                velden.add(c.path("path").asText());
            }
            velden(c.path("components"), velden);
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
