package nl.eenplan.termijn;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * The calendar tables of processes/ as the decision engine reads them, without Spring or a database: Camunda 7.24's
 * standalone DMN engine, with the process engine's defaults (FEEL).
 */
final class Tabellen {

    static final Path TERMIJNEN = Path.of("processes/termijnen.dmn");
    static final Path OVERSTAPKALENDER = Path.of("processes/overstapkalender.dmn");
    static final Path MODELLEN = Path.of("processes");
    /**
     * Previous model versions whose running instances still use rows of termijnen.dmn (arrangement with the zorgplicht
     * clock, before issue 23): those rows stay until the last such instance has ended (docs/beheer.md).
     */
    static final Path VORIGE_VERSIES = Path.of("src/test/resources/oud");

    static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    /** The same, remembering the FEEL answers that only a cell's text and one value decide: for sweeps. */
    static final DmnEngine ONTHOUDEND = ((org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration)
            DmnEngineConfiguration.createDefaultDmnEngineConfiguration()).feelEngineFactory(FeelMetGeheugen::new)
            .buildEngine();

    /** The real calendar files, as the application reads them. */
    static final Schoolkalender KALENDER = SchoolkalenderLezer.lees(new DefaultResourceLoader(), "classpath:kalender/");

    private Tabellen() {
    }

    static String lees(Path bestand) {
        try {
            return Files.readString(bestand);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DmnModelInstance model(String xml) {
        return Dmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static DmnDecision beslissing(String xml, String sleutel) {
        return ENGINE.parseDecision(sleutel, model(xml));
    }

    /** The row that counts (hit policy FIRST), or null. */
    static DmnDecisionResultEntries termijn(DmnDecision tabel, String proces, String stap, String onderwijssoort) {
        Map<String, Object> invoer = new HashMap<>();
        invoer.put("proces", proces);
        invoer.put("stap", stap);
        invoer.put("onderwijssoort", onderwijssoort);
        return ENGINE.evaluateDecision(tabel, invoer).getFirstResult();
    }

    static DmnDecisionResultEntries datum(DmnDecision tabel, String overstapsoort, String stap) {
        return ENGINE.evaluateDecision(tabel, Map.of("overstapsoort", overstapsoort, "stap", stap)).getFirstResult();
    }
}
