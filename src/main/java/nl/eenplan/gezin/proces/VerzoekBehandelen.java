package nl.eenplan.gezin.proces;

import static nl.eenplan.gezin.proces.AvgVerzoekVariabelen.AVG_VERZOEK_ID;
import static nl.eenplan.gezin.proces.AvgVerzoekVariabelen.PROCES;
import static nl.eenplan.gezin.proces.AvgVerzoekVariabelen.VERLENGD;
import static nl.eenplan.gezin.proces.AvgVerzoekVariabelen.VERLENGD_TOT;
import static nl.eenplan.gezin.proces.AvgVerzoekVariabelen.VERZOEK_BEHANDELEN;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import nl.eenplan.engine.Klok;
import nl.eenplan.gezin.AvgVerzoeken;
import nl.eenplan.gezin.Avgtermijn;
import nl.eenplan.taak.Gebruikerstaak;
import nl.eenplan.taak.Taakcontext;
import nl.eenplan.taak.Zorginhoud;
import nl.eenplan.web.OngeldigeInvoerException;
import nl.eenplan.web.Veldfout;
import org.springframework.stereotype.Component;

/**
 * User task {@code verzoekBehandelen} ("AVG-verzoek behandelen") of process avgVerzoek: the zorgcoördinator answers the
 * family's request for correction or objection within one month of receipt (AVG art. 12 lid 3, the task's due date):
 * granted (what the school did), refused (why: required), or, only within that month, extended by at most two months
 * with the reason, which the family sees ({@link Avgtermijn}). The answer goes into table avg_verzoek; the process
 * carries the choice to extend and the new date only. Checked before anything happens: a refusal records nothing.
 */
@Component
public class VerzoekBehandelen extends Gebruikerstaak<VerzoekBehandelen.Invoer> {

    /** The outcomes. */
    public enum Uitkomst { TOEGEKEND, AFGEWEZEN, VERLENGD }

    public record Invoer(
            @NotNull(message = "Kies de uitkomst: toegekend, afgewezen of verlengd.") Uitkomst uitkomst,
            @Size(max = 2000, message = "Het antwoord is te lang (maximaal 2000 tekens).") @Zorginhoud String besluit,
            @Size(max = 2000, message = "De reden is te lang (maximaal 2000 tekens).") @Zorginhoud String reden,
            LocalDate verlengdTot) {
    }

    private final AvgVerzoeken verzoeken;
    private final Clock clock;

    VerzoekBehandelen(AvgVerzoeken verzoeken, Clock clock) {
        super(PROCES, VERZOEK_BEHANDELEN, Invoer.class);
        this.verzoeken = verzoeken;
        this.clock = clock;
    }

    @Override
    public Map<String, Object> verwerk(Taakcontext taak, Invoer invoer, String gebruiker) {
        long id = ((Number) taak.variabele(AVG_VERZOEK_ID.naam())).longValue();
        AvgVerzoeken.Verzoek verzoek = verzoeken.haalOp(id).orElseThrow();
        LocalDate vandaag = Klok.vandaag(clock);
        List<Veldfout> fouten = controleer(invoer, verzoek, taak, vandaag);
        if (!fouten.isEmpty()) {
            throw new OngeldigeInvoerException(fouten);
        }
        if (invoer.uitkomst() == Uitkomst.VERLENGD) {
            verzoeken.verleng(id, invoer.verlengdTot(), invoer.reden().strip());
            return Map.ofEntries(VERLENGD.is(true), VERLENGD_TOT.is(Date.from(invoer.verlengdTot().atStartOfDay(Klok.NL)
                    .toInstant())));
        }
        verzoeken.beantwoord(id, AvgVerzoeken.Status.valueOf(invoer.uitkomst().name()), invoer.besluit(),
                invoer.reden(), vandaag, gebruiker);
        return Map.ofEntries(VERLENGD.is(false));
    }

    /** The checks of an answer; only this task may extend (the extended task cannot: {@link VerlengdVerzoekBehandelen}). */
    private static List<Veldfout> controleer(Invoer invoer, AvgVerzoeken.Verzoek verzoek, Taakcontext taak, LocalDate vandaag) {
        List<Veldfout> fouten = new ArrayList<>();
        switch (invoer.uitkomst()) {
            case TOEGEKEND -> {
                if (leeg(invoer.besluit())) {
                    fouten.add(new Veldfout("besluit", "Schrijf wat de school heeft verbeterd of waarmee zij stopt: "
                            + "dat leest het gezin."));
                }
            }
            case AFGEWEZEN -> {
                if (leeg(invoer.reden())) {
                    fouten.add(new Veldfout("reden", "Geef de reden van de afwijzing: het gezin leest hem (AVG art. 12 "
                            + "lid 4)."));
                }
            }
            case VERLENGD -> {
                LocalDate eersteMaand = LocalDate.ofInstant(taak.vervaldatum(), Klok.NL);
                if (leeg(invoer.reden())) {
                    fouten.add(new Veldfout("reden", "Geef de reden van de verlenging: het gezin leest hem (AVG art. 12 "
                            + "lid 3)."));
                }
                if (!Avgtermijn.magVerlengen(eersteMaand, vandaag)) {
                    fouten.add(new Veldfout("uitkomst", "Verlengen kan alleen binnen een maand na ontvangst (tot en met "
                            + eersteMaand + "). Beantwoord het verzoek nu (AVG art. 12 lid 3)."));
                } else if (invoer.verlengdTot() == null) {
                    fouten.add(new Veldfout("verlengdTot", "Kies tot wanneer de termijn wordt verlengd."));
                } else if (!Avgtermijn.geldigeVerlenging(verzoek.ontvangenOp(), eersteMaand, invoer.verlengdTot())) {
                    fouten.add(new Veldfout("verlengdTot", "Kies een datum na " + eersteMaand + " en uiterlijk "
                            + Avgtermijn.uiterlijkVerlengdTot(verzoek.ontvangenOp()) + ": hoogstens twee maanden extra "
                            + "(AVG art. 12 lid 3)."));
                }
            }
            default -> throw new IllegalStateException(String.valueOf(invoer.uitkomst()));
        }
        return fouten;
    }

    private static boolean leeg(String tekst) {
        return tekst == null || tekst.isBlank();
    }
}
