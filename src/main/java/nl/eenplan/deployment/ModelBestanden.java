package nl.eenplan.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads the model files below a location (the jar by default) under their stable relative
 * names: {@code processes/aanmelding.bpmn}, {@code forms/intake.form}.
 */
final class ModelBestanden {

    /** Folder and file patterns that make up the EenPlan deployment. */
    private static final Map<String, String[]> PATRONEN = Map.of(
            "processes/", new String[] {"**/*.bpmn", "**/*.dmn"},
            "forms/", new String[] {"**/*.form"});

    private ModelBestanden() {
    }

    /** Relative name to content, sorted by name. */
    static Map<String, byte[]> lees(String locatie) {
        var resolver = new PathMatchingResourcePatternResolver();
        Map<String, byte[]> bestanden = new TreeMap<>();
        try {
            for (var map : PATRONEN.entrySet()) {
                Resource wortel = resolver.getResource(locatie + map.getKey());
                if (!wortel.exists()) {
                    continue;
                }
                String wortelUrl = wortel.getURL().toString();
                if (!wortelUrl.endsWith("/")) {
                    wortelUrl += "/";
                }
                for (String patroon : map.getValue()) {
                    for (Resource r : resolver.getResources(wortelUrl + patroon)) {
                        String url = r.getURL().toString();
                        if (!url.startsWith(wortelUrl)) {
                            throw new IllegalStateException("Modelbestand " + url + " ligt niet onder " + wortelUrl);
                        }
                        try (InputStream in = r.getInputStream()) {
                            bestanden.put(map.getKey() + url.substring(wortelUrl.length()), in.readAllBytes());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Modelbestanden in " + locatie + " konden niet worden gelezen", e);
        }
        return bestanden;
    }
}
