package nl.eenplan.termijn;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
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
            DmnModelInstance model;
            try {
                model = Dmn.readModelFromStream(new ByteArrayInputStream(bestand.getValue()));
            } catch (RuntimeException onleesbaar) {
                continue; // the model check refuses what cannot be read, with the reason
            }
            if (heeftScript(bestand.getValue())) {
                continue; // the model check refuses scripts; never run one here
            }
            List<String> afwijkingen;
            try {
                afwijkingen = WettelijkeTermijnen.afwijkingen(LOSSE_ENGINE, model);
            } catch (RuntimeException fout) {
                afwijkingen = List.of("de wettelijke termijnen in dit bestand zijn niet te controleren: "
                        + fout.getMessage());
            }
            if (!afwijkingen.isEmpty()) {
                return Map.of(bestand.getKey(), afwijkingen.stream().map(a -> Probleem.bij(null, a)).toList());
            }
        }
        return Map.of();
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
