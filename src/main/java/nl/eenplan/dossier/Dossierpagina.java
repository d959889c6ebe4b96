package nl.eenplan.dossier;

import java.util.List;

/**
 * One page of a search in the dossiers of the user's schools (issue #25: a school, a gemeente or the whole country has
 * too many pupils for one list): at most {@link #GROOTTE} lines, which page (from 1) and how many there are;
 * {@code meer}: at least {@code totaal} and {@code paginas}, the count stopped there ({@link #TELGRENS}).
 */
public record Dossierpagina(List<DossierSamenvatting> dossiers, int pagina, int paginas, long totaal, boolean meer) {

    /** Lines per page, on the page Leerlingen and in GET /api/dossiers. */
    public static final int GROOTTE = 100;
    /**
     * The page Leerlingen counts a search by name up to this many pupils past the page's first line and shows "meer
     * dan" beyond (issue #25); GET /api/dossiers counts exactly: its X-Total-Count promises the number.
     */
    public static final int TELGRENS = 1_000;

    /** Who asks for the list: its order, and how far a search by name is counted. */
    public enum Voor {
        /** The page Leerlingen: open dossiers first, a search by name counted up to {@link #TELGRENS} past the page. */
        LEERLINGEN,
        /** GET /api/dossiers: newest first, counted exactly. */
        API
    }
    /** The highest page a search can ask for: its first line's offset must fit an int (Spring Data's page offset). */
    public static final int MEESTE = Integer.MAX_VALUE / GROOTTE;

    public boolean heeftVorige() {
        return pagina > 1;
    }

    public boolean heeftVolgende() {
        return pagina < paginas || meer;
    }

    /** The number of the first line on this page (from 1), for "101 tot en met 200 van 1234". */
    public long eerste() {
        return dossiers.isEmpty() ? 0 : (long) (pagina - 1) * GROOTTE + 1;
    }

    public long laatste() {
        return dossiers.isEmpty() ? 0 : eerste() + dossiers.size() - 1;
    }
}
