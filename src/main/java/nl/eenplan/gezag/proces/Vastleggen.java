package nl.eenplan.gezag.proces;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.eenplan.dossier.DossierView;
import nl.eenplan.dossier.GezagService;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import nl.eenplan.taak.Zorginhoud;
import nl.eenplan.web.OngeldigeInvoerException;
import nl.eenplan.web.Veldfout;
import org.springframework.stereotype.Component;

/**
 * User task {@code vastleggen} ("Gezag vastleggen") of process gezagVastleggen: per guardian whether they have gezag,
 * and whether a court order limits what they may be told. Every guardian whose gezag is still unknown must be
 * answered; a number that is not a guardian of this pupil, or one given twice, is refused. Everything is checked
 * first and then recorded (GezagService.legVast per guardian), so a refusal (400, per field) records nothing.
 */
@Component
public class Vastleggen extends Gebruikerstaak<Vastleggen.Invoer> {

    public enum JaNee { JA, NEE }

    public record Invoer(
            @NotNull(message = "Geef per ouder of verzorger aan of die het gezag heeft.")
            List<@Valid @NotNull(message = "Vul deze ouder of verzorger in.") Ouder> ouders) {
    }

    /** One guardian: the number the pupil's page shows, gezag yes or no, and a court order (the form's checkbox). */
    public record Ouder(
            @NotNull(message = "Geef het nummer van de ouder of verzorger.") Long ouder,
            @NotNull(message = "Kies of deze ouder of verzorger het gezag heeft: ja of nee.") JaNee gezag,
            @Zorginhoud Boolean informatieBeperkt) {
    }

    private final GezagService gezag;
    private final nl.eenplan.dossier.DossierService dossiers;

    Vastleggen(GezagService gezag, nl.eenplan.dossier.DossierService dossiers) {
        super(Gezagproces.PROCES, Gezagproces.VASTLEGGEN, Invoer.class);
        this.gezag = gezag;
        this.dossiers = dossiers;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Invoer invoer, String gebruiker) {
        String nummer = taak.dossierNummer();
        List<DossierView.OuderView> alle = dossiers.haalOp(nummer).leerling().ouders();
        Set<Long> vanLeerling = alle.stream().map(DossierView.OuderView::id).collect(Collectors.toSet());
        List<Veldfout> fouten = new ArrayList<>();
        Set<Long> gegeven = new HashSet<>();
        for (int i = 0; i < invoer.ouders().size(); i++) {
            Long id = invoer.ouders().get(i).ouder();
            if (!vanLeerling.contains(id)) {
                fouten.add(new Veldfout("ouders[" + i + "].ouder",
                        "Deze leerling heeft geen ouder of verzorger met nummer " + id + "."));
            } else if (!gegeven.add(id)) {
                fouten.add(new Veldfout("ouders[" + i + "].ouder",
                        "Ouder of verzorger " + id + " staat twee keer in de lijst."));
            }
        }
        for (DossierView.OuderView o : alle) {
            if (o.gezag() == null && !gegeven.contains(o.id())) {
                fouten.add(new Veldfout("ouders", "Geef ook aan of ouder of verzorger " + o.id()
                        + " het gezag heeft: van iedereen in de lijst is het gezag nog niet bekend."));
            }
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        for (Ouder o : invoer.ouders()) {
            gezag.legVast(nummer, o.ouder(), new GezagService.Gezag(o.gezag() == JaNee.JA,
                    Boolean.TRUE.equals(o.informatieBeperkt())));
        }
        return Map.of();
    }
}
