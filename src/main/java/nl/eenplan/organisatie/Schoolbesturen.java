package nl.eenplan.organisatie;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.eenplan.web.NietGevondenException;
import nl.eenplan.web.OngeldigeInvoerException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The school boards (bevoegd gezag) of this installation, by DUO's bestuursnummer. */
@Service
@Transactional
public class Schoolbesturen {

    /** DUO's bestuursnummer (bevoegd-gezagnummer): 5 digits. */
    public static final Pattern NUMMER = Pattern.compile("[0-9]{5}");
    public static final String NUMMER_FOUT = "Een bestuursnummer is het bevoegd-gezagnummer van DUO: 5 cijfers "
            + "(bijv. 41234).";

    private final SchoolbestuurRepository besturen;

    Schoolbesturen(SchoolbestuurRepository besturen) {
        this.besturen = besturen;
    }

    /** Registers a board under its bestuursnummer, or renames it; its denominatie stays as known. */
    public SchoolbestuurView registreer(String bestuursnummer, String naam) {
        return registreer(bestuursnummer, naam, null);
    }

    /** Registers a board under its bestuursnummer, or renames it; a denominatie given replaces the one known. */
    public SchoolbestuurView registreer(String bestuursnummer, String naam, Schoolbestuur.Denominatie denominatie) {
        if (bestuursnummer == null || !NUMMER.matcher(bestuursnummer).matches()) {
            throw new OngeldigeInvoerException("bestuursnummer", NUMMER_FOUT);
        }
        String schoon = naam == null ? "" : naam.strip();
        if (schoon.isEmpty()) {
            throw new OngeldigeInvoerException("naam", "Vul de naam van het schoolbestuur in.");
        }
        Schoolbestuur bestuur = besturen.findById(bestuursnummer).orElse(null);
        if (bestuur == null) {
            bestuur = besturen.save(new Schoolbestuur(bestuursnummer, schoon));
        } else {
            bestuur.hernoem(schoon);
        }
        if (denominatie != null) {
            bestuur.denominatie(denominatie);
        }
        return SchoolbestuurView.van(bestuur);
    }

    @Transactional(readOnly = true)
    public List<SchoolbestuurView> lijst() {
        return besturen.findAllByOrderByNaam().stream().map(SchoolbestuurView::van).toList();
    }

    @Transactional(readOnly = true)
    public SchoolbestuurView haalOp(String bestuursnummer) {
        return inInstallatie(bestuursnummer).orElseThrow(() -> new NietGevondenException("Schoolbestuur "
                + bestuursnummer + " staat niet in EenPlan."));
    }

    /** The board with this bestuursnummer, when this installation knows it. */
    @Transactional(readOnly = true)
    public Optional<SchoolbestuurView> inInstallatie(String bestuursnummer) {
        return bestuursnummer == null ? Optional.empty()
                : besturen.findById(bestuursnummer).map(SchoolbestuurView::van);
    }
}
