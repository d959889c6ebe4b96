package nl.eenplan.verzuim;

import java.time.LocalDate;

/**
 * The thuiszitter signal as the school sees it: since, until (empty while open), the day the rule held and the
 * source. A signal, not a DUO report: nothing is sent anywhere.
 */
public record ThuiszitterView(Long id, LocalDate sinds, LocalDate tot, boolean open, LocalDate vastgesteldOp,
                              Thuiszitter.Bron bron, String bronOmschrijving) {

    static ThuiszitterView van(Thuiszitter t) {
        return new ThuiszitterView(t.getId(), t.getSinds(), t.getTot(), t.isOpen(), t.getVastgesteldOp(), t.getBron(),
                t.getBron().omschrijving());
    }
}
