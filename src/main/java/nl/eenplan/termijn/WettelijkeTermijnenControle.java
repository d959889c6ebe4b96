package nl.eenplan.termijn;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.eenplan.engine.Deploymentregel;
import nl.eenplan.engine.Probleem;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A process owner may change every local deadline in Camunda Modeler, never a statutory one: a new deployment of
 * {@code termijnen.dmn} or {@code overstapkalender.dmn} whose statutory rows differ from {@link WettelijkeTermijnen}
 * (amount, unit or date, and the grondslag), or that marks another row as statutory, is refused with Camunda's own
 * parse error (a rule the engine runs, {@link Deploymentregel}), which /engine-rest answers with 400 and Camunda
 * Modeler shows with the rows to put back. At start-up the same refusal stops the application, so a release cannot
 * ship a changed statutory row either.
 */
@Component
@Order(3) // after the model check, which refuses what cannot be read and scripts with their reasons
class WettelijkeTermijnenControle implements Deploymentregel {

    /**
     * A decision engine of its own, apart from the process engine: a table evaluated here reaches its inputs and
     * nothing else (no bean, no process), whichever check of the deployment runs first.
     */
    private static final DmnEngine LOSSE_ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private static final Pattern TAAL = Pattern.compile("expressionLanguage\\s*=\\s*\"([^\"]*)\"");

    /**
     * The answer per file content, the last {@value #ONTHOUDEN} files: a deployment may hold the same tables as one
     * before (several files deployed together of which only a model changed; the deployment tests), and the check's
     * answer depends on the file's bytes alone (the statutory rows are constants of {@link WettelijkeTermijnen}), so
     * the same bytes get the same answer without the FEEL engine evaluating every row again. A changed file is other
     * bytes, checked anew.
     */
    private static final int ONTHOUDEN = 16;
    private static final Map<ByteBuffer, List<String>> EERDER = Collections.synchronizedMap(
            new LinkedHashMap<>(ONTHOUDEN, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<ByteBuffer, List<String>> oudste) {
                    return size() > ONTHOUDEN;
                }
            });

    @Override
    public String uitleg() {
        return "Wettelijke termijn veranderd (docs/termijnen.md, \"Wettelijk of lokaal\"):";
    }

    /** The deviations of the first DMN file that has any. */
    @Override
    public Map<String, List<Probleem>> problemen(Deployment deployment) {
        for (Map.Entry<String, byte[]> bestand : deployment.bestanden().entrySet()) {
            if (!Deploymentregel.isDmn(bestand.getKey())) {
                continue;
            }
            List<String> afwijkingen = afwijkingen(bestand.getValue());
            if (!afwijkingen.isEmpty()) {
                return Map.of(bestand.getKey(), afwijkingen.stream().map(a -> Probleem.bij(null, a)).toList());
            }
        }
        return Map.of();
    }

    /**
     * A DMN file's deviations from the statutory rows, remembered by its content. A file whose check failed is not
     * remembered: it is refused now, and checked again the next time.
     */
    static List<String> afwijkingen(byte[] bestand) {
        List<String> eerder = EERDER.get(ByteBuffer.wrap(bestand));
        if (eerder != null) {
            return eerder;
        }
        byte[] kopie = bestand.clone(); // the answer belongs to these bytes, whatever the caller's array holds later
        List<String> afwijkingen;
        try {
            afwijkingen = List.copyOf(controleer(kopie));
        } catch (RuntimeException fout) {
            return List.of("de wettelijke termijnen in dit bestand zijn niet te controleren: " + fout.getMessage());
        }
        EERDER.put(ByteBuffer.wrap(kopie), afwijkingen);
        return afwijkingen;
    }

    private static List<String> controleer(byte[] bestand) {
        DmnModelInstance model;
        try {
            model = Dmn.readModelFromStream(new ByteArrayInputStream(bestand));
        } catch (RuntimeException onleesbaar) {
            return List.of(); // the model check refuses what cannot be read, with the reason
        }
        if (heeftScript(bestand)) {
            return List.of(); // the model check refuses scripts; never run one here
        }
        return WettelijkeTermijnen.afwijkingen(LOSSE_ENGINE, model);
    }

    /** An expression language other than FEEL and JUEL: a script. */
    private static boolean heeftScript(byte[] bestand) {
        Matcher taal = TAAL.matcher(new String(bestand, StandardCharsets.UTF_8));
        while (taal.find()) {
            String t = taal.group(1).toLowerCase(Locale.ROOT);
            if (!t.contains("feel") && !t.equals("juel")) {
                return true;
            }
        }
        return false;
    }
}
