package nl.eenplan;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.providers.EmbeddedResourceAxeProvider;
import com.deque.html.axecore.providers.StringAxeScriptProvider;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.deque.html.axecore.selenium.AxeBuilderOptions;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.naming.OperationNotSupportedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Checks the page in the browser with axe-core against WCAG 2.1 A and AA: no serious or critical violation. The
 * report names each rule, its help text and the elements, so a failure says what to fix.
 */
public final class Toegankelijkheid {

    private static final List<String> NORMEN = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** axe-core as the library ships it (axe.min.js in its jar), read once: the library reads it at every injection. */
    private static final String AXE = axe();
    /** The version in axe.min.js's first line ("/*! axe v4.10.2"), which {@code window.axe.version} also gives. */
    private static final String VERSIE = versie(AXE);
    /**
     * axe-core in this document: the version, and put in by {@link #LADEN} into this very document. A frame that went
     * from its first blank page to a page of the same origin keeps its window, and an axe put in before would read
     * the blank document it was loaded in.
     */
    private static final String AL_GELADEN = "return !!(window.axe && window.axe.version === arguments[0]"
            + " && document.eenplanAxe === window.axe);";
    private static final String LADEN = AXE + "\n;document.eenplanAxe = window.axe;";

    private Toegankelijkheid() {
    }

    /**
     * The WCAG 2.1 AA rules; only violations worked out in full (axe-core's {@code resultTypes}): the passes, the
     * inapplicable and the incomplete rules, which the tests do not read, with one element each instead of all.
     * Measured 2026-12-03 on three pages checked before and after: 0.96-0.99 s -> 0.75-0.82 s per check (about 150
     * checks per build).
     */
    private static AxeRunOptions opties() {
        AxeRunOnlyOptions normen = new AxeRunOnlyOptions();
        normen.setType("tag");
        normen.setValues(NORMEN);
        AxeRunOptions opties = new AxeRunOptions();
        opties.setRunOnly(normen);
        opties.setResultTypes(List.of("violations"));
        return opties;
    }

    /**
     * The library's runner with axe-core put into a document only when it is not there yet. Left to itself the library
     * sends the 550 kB script twice per check (before it chooses the way to run, and again for a run without frames),
     * which was a third of a check's time (chromedriver's log, 2026-12-05: 150 ms per injection, 190 ms per run). The
     * same script and the same rules: only the second copy is saved. A frame or the blank page a run with frames ends
     * on gets it as before, being a document without axe.
     */
    private static AxeBuilder axeBuilder() {
        AxeBuilderOptions eenmaal = new AxeBuilderOptions();
        eenmaal.setScriptProvider(new StringAxeScriptProvider(AXE));
        AxeBuilder builder = new AxeBuilder(eenmaal);
        builder.setInjectAxe(Toegankelijkheid::laadAlsNodig, false);
        return builder;
    }

    /** Puts axe-core into the current document (or frame) unless this version is in it already. */
    private static void laadAlsNodig(WebDriver browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        if (!Boolean.TRUE.equals(js.executeScript(AL_GELADEN, VERSIE))) {
            js.executeScript(LADEN);
        }
    }

    private static String axe() {
        try {
            return new EmbeddedResourceAxeProvider().getScript();
        } catch (IOException | OperationNotSupportedException e) {
            throw new IllegalStateException("axe.min.js van axe-core niet te lezen", e);
        }
    }

    private static String versie(String axe) {
        Matcher m = Pattern.compile("^/\\*! axe v(\\S+)").matcher(axe);
        if (!m.find()) {
            throw new IllegalStateException("axe.min.js begint niet met zijn versie: " + axe.substring(0, 40));
        }
        return m.group(1);
    }

    public static void controleer(WebDriver browser, String pagina) {
        // A page without frames is checked in one go (axe-core's "legacy" run: the same rules, the same result, a third
        // faster); a page with frames the frame-aware way, which also reaches frames from another origin.
        boolean zonderFrames = Boolean.TRUE.equals(((JavascriptExecutor) browser)
                .executeScript("return document.querySelector('iframe, frame') === null;"));
        Results resultaat = axeBuilder().withOptions(opties()).setLegacyMode(zonderFrames).analyze(browser);
        assertThat(resultaat.isErrored()).as("axe-core kon %s niet controleren: %s", pagina,
                resultaat.getErrorMessage()).isFalse();
        List<Rule> ernstig = resultaat.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact())).toList();
        assertThat(ernstig).as("toegankelijkheid van %s:%n%s", pagina, ernstig.stream()
                .map(r -> "- " + r.getId() + " (" + r.getImpact() + "): " + r.getHelp() + " " + r.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"))).isEmpty();
    }
}
