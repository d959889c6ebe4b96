package nl.eenplan.modelcontrole;

import java.util.List;
import org.camunda.bpm.engine.Problem;

/**
 * One refusal in a model file, in the shape Camunda's parse errors have: /engine-rest returns it per file in the
 * deployment's 400 ({@code details}), with the element's id, so Camunda Modeler can name the element.
 */
final class Probleem implements Problem {

    private final String melding;
    private final int regel;
    private final int kolom;
    private final String elementId;

    Probleem(String melding, int regel, int kolom, String elementId) {
        this.melding = melding;
        this.regel = regel;
        this.kolom = kolom;
        this.elementId = elementId;
    }

    @Override
    public String getMessage() {
        return melding;
    }

    @Override
    public int getLine() {
        return regel;
    }

    @Override
    public int getColumn() {
        return kolom;
    }

    @Override
    public String getMainElementId() {
        return elementId;
    }

    @Override
    public List<String> getElementIds() {
        return elementId == null ? List.of() : List.of(elementId);
    }

    @Override
    public String toString() {
        return melding;
    }
}
