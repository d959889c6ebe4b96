package nl.eenplan.modelcontrole;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** docs/modeler.md lists, per process, exactly the variables the deployment check lets a model name. */
class ProcesvariabelenTest {

    @Test
    void deHandleidingNoemtDezelfdeVariabelen() throws IOException {
        String handleiding = Files.readString(Path.of("docs/modeler.md"));
        String tabel = handleiding.substring(handleiding.indexOf("### Procesvariabelen"));
        Map<String, Set<String>> perProces = new HashMap<>();
        Matcher rij = Pattern.compile("(?m)^\\| (elk proces|`[a-zA-Z]+`) \\| (.+) \\|$").matcher(tabel);
        while (rij.find()) {
            perProces.put(rij.group(1).replace("`", ""), Arrays.stream(rij.group(2).split(","))
                    .map(v -> v.strip().replace("`", "")).collect(Collectors.toCollection(TreeSet::new)));
        }

        Set<String> elk = perProces.remove("elk proces");
        assertThat(elk).isEqualTo(Procesvariabelen.van("eenProcesZonderEigenVariabelen"));
        assertThat(perProces.keySet()).isEqualTo(Procesvariabelen.processen());
        perProces.forEach((proces, namen) -> {
            Set<String> verwacht = new TreeSet<>(Procesvariabelen.van(proces));
            verwacht.removeAll(elk);
            assertThat(namen).as(proces).isEqualTo(verwacht);
        });
    }
}
