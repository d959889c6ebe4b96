package nl.eenplan.paginas;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/**
 * JSON for a {@code <script type="application/json">} block in a page: {@code <}, {@code >} and {@code &} written
 * as unicode escapes, so no text in it (a form's label, a name) can close the script element and run as HTML.
 * Outside strings JSON has none of these characters, so the escapes keep it the same JSON.
 */
@Component("paginaJson")
class PaginaJson {

    private final ObjectMapper json;

    PaginaJson(ObjectMapper json) {
        this.json = json;
    }

    public String van(Object waarde) {
        try {
            return veilig(json.writeValueAsString(waarde));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Niet als JSON te schrijven: " + waarde.getClass().getName(), e);
        }
    }

    /** Already JSON (a form as deployed). */
    public String tekst(String json) {
        return json == null ? "null" : veilig(json);
    }

    private static String veilig(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
