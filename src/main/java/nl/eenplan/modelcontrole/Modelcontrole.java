package nl.eenplan.modelcontrole;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import nl.eenplan.engine.Beslisengine;
import nl.eenplan.engine.Deploymentregel;
import nl.eenplan.engine.Modelbereik;
import nl.eenplan.engine.Probleem;
import nl.eenplan.taak.Afhandelingen;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What deployed models may call (docs/security.md, "Wat modellen mogen aanroepen"). Deploying a model is running code
 * with the engine's rights, so:
 * <ul>
 *   <li>expressions (BPMN and DMN's JUEL) and scripts resolve only the beans marked {@link VoorModellen}: the engine
 *       asks for them here (nl.eenplan.engine.Modelbereik) and sees nothing else of the application;</li>
 *   <li>every new deployment, at start-up ({@code nl.eenplan.deployment}) or from Camunda Modeler through
 *       /engine-rest, is checked before the engine parses it ({@link Modelregels}), a rule the engine runs
 *       ({@link Deploymentregel}); a file the engine cannot read is refused the same way, not with a 500.</li>
 * </ul>
 */
@Component
@Order(2) // after the deployment as a whole (nl.eenplan.deployment.Deploymentregels), before the statutory deadlines
class Modelcontrole implements Deploymentregel, Modelbereik.Beans {

    private final Modelbeans beans;
    private final Supplier<Afhandelingen> afhandelingen;
    private final Beslisengine beslisengine;

    // A provider: the handlers need the engine this check helps to build.
    Modelcontrole(ApplicationContext context, ObjectProvider<Afhandelingen> afhandelingen, Beslisengine beslisengine) {
        this.beans = new Modelbeans(context);
        this.afhandelingen = afhandelingen::getObject;
        this.beslisengine = beslisengine;
    }

    @Override
    public Map<Object, Object> voorModellen() {
        return beans;
    }

    @Override
    public String uitleg() {
        return "Model geweigerd (wat een model mag: docs/modeler.md, \"Wat een model mag aanroepen\"):";
    }

    @Override
    public Map<String, List<Probleem>> problemen(Deployment deployment) {
        // Which tenant, and whether the deployment holds what its models bind: nl.eenplan.deployment.Deploymentregels.
        Modelregels regels = new Modelregels(beans.typen(), afhandelingen.get()::heeftAfhandeling,
                beslisengine::standaardtaal);
        Map<String, List<Probleem>> perBestand = new TreeMap<>();
        deployment.bestanden().forEach((bestand, inhoud) -> {
            List<Probleem> problemen = regels.controleer(bestand, inhoud);
            if (problemen.isEmpty() && Deploymentregel.isDmn(bestand)) {
                problemen = leesDmn(inhoud);
            }
            if (!problemen.isEmpty()) {
                perBestand.put(bestand, problemen);
            }
        });
        return perBestand;
    }

    /** The decision engine's own reading, which otherwise fails later with a 500 (no history time to live, ...). */
    private List<Probleem> leesDmn(byte[] inhoud) {
        try {
            beslisengine.lees(inhoud);
            return List.of();
        } catch (RuntimeException e) {
            StringBuilder melding = new StringBuilder("het DMN-bestand kan niet worden gelezen");
            for (Throwable t = e; t != null; t = t.getCause()) {
                melding.append(": ").append(t.getMessage());
            }
            return List.of(Probleem.bij(null, melding.toString()));
        }
    }
}
