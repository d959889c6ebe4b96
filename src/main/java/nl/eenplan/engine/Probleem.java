package nl.eenplan.engine;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.impl.bpmn.parser.ResourceReportImpl;

/**
 * One refusal in a model file, in the shape Camunda's parse errors have: /engine-rest returns it per file in the
 * deployment's 400 ({@code details}), with the element's id, so Camunda Modeler can name the element. What a
 * {@link Deploymentregel} finds.
 */
public final class Probleem implements Problem {

    private final String melding;
    private final int regel;
    private final int kolom;
    private final String elementId;

    private Probleem(String melding, int regel, int kolom, String elementId) {
        this.melding = melding;
        this.regel = regel;
        this.kolom = kolom;
        this.elementId = elementId;
    }

    /** A problem without a place in the file, or at one element (null: the file as a whole). */
    public static Probleem bij(String elementId, String melding) {
        return new Probleem(melding, 0, 0, elementId);
    }

    /** A problem at a line and column of the file (0: unknown), at one element or (null) none. */
    public static Probleem op(int regel, int kolom, String elementId, String melding) {
        return new Probleem(melding, regel, kolom, elementId);
    }

    /**
     * Camunda's parse error for refused files: one report per file, what /engine-rest (400, {@code details}) and
     * Camunda Modeler show; the message starts with {@code uitleg} and lists every problem per file.
     */
    static ParseException weigering(String uitleg, Map<String, List<Probleem>> perBestand) {
        StringBuilder melding = new StringBuilder(uitleg);
        perBestand.forEach((bestand, problemen) -> problemen.forEach(p ->
                melding.append("\n* ").append(bestand).append(": ").append(p.getMessage())));
        ParseException fout = null;
        for (Map.Entry<String, List<Probleem>> bestand : perBestand.entrySet()) {
            List<Problem> problemen = List.copyOf(bestand.getValue());
            if (fout == null) {
                fout = new ParseException(melding.toString(), bestand.getKey(), problemen, List.of());
            } else {
                fout.getResorceReports().add(new ResourceReportImpl(bestand.getKey(), problemen, List.of()));
            }
        }
        return fout;
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
