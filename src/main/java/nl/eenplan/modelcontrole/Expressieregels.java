package nl.eenplan.modelcontrole;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstParameters;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/**
 * What one expression in a model may name, checked on the tree Camunda's own JUEL parser makes of it (the engine
 * parses with the same features):
 * <ul>
 *   <li>a bean marked {@link VoorModellen}: by itself ({@code ${stuurHerinnering}}), one of its methods
 *       ({@code ${termijn.deadline(...)}}) or properties; never a call on what a call returned;</li>
 *   <li>a documented process variable ({@link Procesvariabelen}): read it, compare it, test it with
 *       {@code empty}, pass it to a bean; no method calls on it;</li>
 *   <li>{@code execution} and {@code task}, the engine's own objects: only as an argument of a bean's method, or
 *       read for the documented properties below; no methods ({@code execution.setVariable(...)},
 *       {@code execution.getProcessEngineServices()} would reach the whole engine);</li>
 *   <li>no functions, no {@code [...]}.</li>
 * </ul>
 */
final class Expressieregels {

    /** The engine's objects and the properties a model may read on them. */
    static final Map<String, Set<String>> ENGINE_OBJECTEN = Map.of(
            "execution", Set.of("processBusinessKey", "processInstanceId", "tenantId"),
            "task", Set.of("id", "taskDefinitionKey", "processInstanceId", "tenantId"));

    private static final Set<String> VAN_OBJECT = Arrays.stream(Object.class.getMethods()).map(Method::getName)
            .collect(Collectors.toUnmodifiableSet());

    /** Parses as the engine does: method calls with arguments, varargs. */
    private static final Builder PARSER = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);

    /**
     * What an expression in one place may name.
     *
     * @param beans          the beans marked for models, with their class (null when unknown)
     * @param variabelen     the process variables of this place
     * @param engineObjecten whether {@code execution} and {@code task} exist here (BPMN, not DMN)
     * @param waar           for the message, e.g. "proces 'aanmelding'"
     */
    record Namen(Map<String, Class<?>> beans, Set<String> variabelen, boolean engineObjecten, String waar) {
    }

    private final Namen namen;
    private final List<String> problemen = new ArrayList<>();

    private Expressieregels(Namen namen) {
        this.namen = namen;
    }

    /** What is wrong with {@code expressie}, in Dutch; empty when it keeps the rules. */
    static List<String> controleer(String expressie, Namen namen) {
        Expressieregels regels = new Expressieregels(namen);
        try {
            regels.bezoek(PARSER.build(expressie).getRoot(), false);
        } catch (TreeBuilderException e) {
            regels.problemen.add("geen geldige expressie: " + e.getMessage());
        }
        return List.copyOf(regels.problemen);
    }

    private void bezoek(Node knoop, boolean argumentVanBean) {
        if (knoop instanceof AstMethod methode) {
            methode(methode);
        } else if (knoop instanceof AstDot eigenschap) {
            eigenschap(eigenschap);
        } else if (knoop instanceof AstBracket) {
            problemen.add("[...] kan niet in een model; lees een variabele zelf, of laat een bean het doen");
        } else if (knoop instanceof AstFunction functie) {
            problemen.add("functie " + functie.getName() + "() kan niet in een model; gebruik een bean voor modellen");
        } else if (knoop instanceof AstIdentifier naam) {
            naam(naam.getName(), argumentVanBean);
        } else {
            for (int i = 0; i < knoop.getCardinality(); i++) {
                bezoek(knoop.getChild(i), false);
            }
        }
    }

    private void naam(String naam, boolean argumentVanBean) {
        if (isEngineObject(naam)) {
            if (!argumentVanBean) {
                problemen.add(naam + " mag alleen worden meegegeven aan een bean voor modellen (zoals "
                        + "termijn.deadline(" + naam + ", ...)) of gelezen als " + eigenschappen(naam));
            }
        } else if (!namen.beans().containsKey(naam) && !namen.variabelen().contains(naam)) {
            problemen.add(onbekend(naam));
        }
    }

    private void methode(AstMethod methode) {
        Node eigenschap = methode.getChild(0);
        if (!(eigenschap instanceof AstDot punt)) {
            problemen.add("[...] kan niet in een model; roep een methode van een bean voor modellen aan");
            return;
        }
        String naam = eigenschapsnaam(punt);
        Node voor = punt.getChild(0);
        if (!(voor instanceof AstIdentifier wie)) {
            problemen.add("methode " + naam + "() op het resultaat van een andere aanroep kan niet; roep alleen een "
                    + "bean voor modellen direct aan");
            bezoek(voor, false);
            return;
        }
        String object = wie.getName();
        if (isEngineObject(object)) {
            problemen.add(object + "." + naam + "(...) roept een methode van de engine aan; " + object + " mag alleen "
                    + "worden meegegeven aan een bean voor modellen of gelezen als " + eigenschappen(object));
        } else if (namen.beans().containsKey(object)) {
            if (!heeftMethode(namen.beans().get(object), naam)) {
                problemen.add("bean '" + object + "' heeft geen methode " + naam + "() voor modellen");
            }
        } else if (namen.variabelen().contains(object)) {
            problemen.add(object + "." + naam + "(...) roept een methode aan op variabele '" + object + "'; vergelijk "
                    + "een variabele, test haar met empty of geef haar mee aan een bean voor modellen");
        } else {
            problemen.add(onbekend(object));
        }
        Node argumenten = methode.getChild(1);
        boolean vanBean = namen.beans().containsKey(object);
        if (argumenten instanceof AstParameters) {
            for (int i = 0; i < argumenten.getCardinality(); i++) {
                bezoek(argumenten.getChild(i), vanBean);
            }
        }
    }

    private void eigenschap(AstDot punt) {
        String naam = eigenschapsnaam(punt);
        Node voor = punt.getChild(0);
        if (!(voor instanceof AstIdentifier wie)) {
            problemen.add("eigenschap " + naam + " van het resultaat van een andere aanroep kan niet; lees alleen een "
                    + "variabele of een bean voor modellen direct");
            bezoek(voor, false);
            return;
        }
        String object = wie.getName();
        if (isEngineObject(object)) {
            if (!ENGINE_OBJECTEN.get(object).contains(naam)) {
                problemen.add(object + "." + naam + " kan niet; van " + object + " mag een model alleen "
                        + eigenschappen(object) + " lezen");
            }
        } else if (namen.beans().containsKey(object)) {
            if (!heeftEigenschap(namen.beans().get(object), naam)) {
                problemen.add("bean '" + object + "' heeft geen eigenschap " + naam + " voor modellen");
            }
        } else if (namen.variabelen().contains(object)) {
            if ("class".equals(naam)) {
                problemen.add(object + ".class kan niet in een model");
            }
        } else {
            problemen.add(onbekend(object));
        }
    }

    private boolean isEngineObject(String naam) {
        return namen.engineObjecten() && ENGINE_OBJECTEN.containsKey(naam);
    }

    private String onbekend(String naam) {
        return "'" + naam + "' is geen bean voor modellen en geen procesvariabele van " + namen.waar()
                + " (docs/modeler.md noemt wat een model mag gebruiken)";
    }

    private static String eigenschappen(String object) {
        return ENGINE_OBJECTEN.get(object).stream().sorted().map(e -> object + "." + e)
                .collect(Collectors.joining(", "));
    }

    /** The parser keeps a property's name to itself; its text form is ". name". */
    private static String eigenschapsnaam(AstDot punt) {
        String tekst = punt.toString();
        return tekst.startsWith(". ") ? tekst.substring(2) : tekst;
    }

    /** A public method of the bean's own class, not one every object has ({@code getClass}, {@code wait}, ...). */
    private static boolean heeftMethode(Class<?> klasse, String naam) {
        if (VAN_OBJECT.contains(naam)) {
            return false;
        }
        return klasse == null || Arrays.stream(klasse.getMethods())
                .anyMatch(m -> m.getName().equals(naam) && m.getDeclaringClass() != Object.class);
    }

    private static boolean heeftEigenschap(Class<?> klasse, String naam) {
        if (naam.isEmpty()) {
            return false;
        }
        String hoofdletter = Character.toUpperCase(naam.charAt(0)) + naam.substring(1);
        return heeftMethode(klasse, "get" + hoofdletter) || heeftMethode(klasse, "is" + hoofdletter);
    }
}
