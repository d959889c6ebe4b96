package nl.eenplan.organisatie;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.eenplan.web.NietGevondenException;
import nl.eenplan.web.OngeldigeInvoerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gemeenten this installation serves, by CBS code. A gemeente outside this list may still be a pupil's home
 * gemeente (the pupil goes to school across the border): EenPlan then knows no officer there, and a report reaches it
 * through DUO's verzuimregister only.
 */
@Service
@Transactional
public class Gemeenten {

    /** CBS gemeentecode: "GM" and 4 digits (CBS, Gemeentelijke indeling; DUO's verzuimregister routes on it). */
    public static final Pattern CODE = Pattern.compile("GM[0-9]{4}");
    public static final String CODE_FOUT = "Een gemeentecode is GM met 4 cijfers, de CBS-code van de gemeente "
            + "(bijv. GM0344 voor Utrecht).";

    private static final Logger LOG = LoggerFactory.getLogger(Gemeenten.class);

    private final GemeenteRepository gemeenten;
    private final Organisaties organisaties;
    private final ApplicationEventPublisher events;
    private final Environment omgeving;

    Gemeenten(GemeenteRepository gemeenten, Organisaties organisaties, ApplicationEventPublisher events,
              Environment omgeving) {
        this.gemeenten = gemeenten;
        this.organisaties = organisaties;
        this.events = events;
        this.omgeving = omgeving;
    }

    /**
     * Registers a gemeente under its CBS code, or renames it: its group (the one its schools already made by name, or a
     * new one) becomes the staff of tenant {@code code}; schools known by this name only take the code over.
     */
    public GemeenteView registreer(String code, String naam) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new OngeldigeInvoerException("code", CODE_FOUT);
        }
        String schoon = naam == null ? "" : naam.strip();
        if (schoon.isEmpty()) {
            throw new OngeldigeInvoerException("naam", "Vul de naam van de gemeente in.");
        }
        Gemeente gemeente = gemeenten.findById(code).orElse(null);
        if (gemeente == null) {
            Optional<Gemeente> zelfdeNaam = gemeenten.findByNaamIgnoreCase(schoon);
            if (zelfdeNaam.isPresent()) {
                throw new OngeldigeInvoerException("naam", "Gemeente " + schoon + " staat al in EenPlan onder code "
                        + zelfdeNaam.get().getCode() + ".");
            }
            String groep = Organisaties.gemeenteGroep(schoon);
            if (gemeenten.findByGroep(groep).isPresent()) {
                throw new OngeldigeInvoerException("naam", "Een andere gemeente gebruikt al groep " + groep + ".");
            }
            gemeente = gemeenten.save(new Gemeente(code, schoon, groep));
        } else {
            gemeente.hernoem(schoon);
        }
        organisaties.richtGemeenteIn(code, "Gemeente " + schoon, gemeente.getGroep());
        events.publishEvent(new GemeenteGeregistreerd(code, schoon));
        return GemeenteView.van(gemeente);
    }

    @Transactional(readOnly = true)
    public List<GemeenteView> lijst() {
        return gemeenten.findAllByOrderByNaam().stream().map(GemeenteView::van).toList();
    }

    @Transactional(readOnly = true)
    public GemeenteView haalOp(String code) {
        return inInstallatie(code).orElseThrow(() -> new NietGevondenException("Gemeente " + code
                + " staat niet in EenPlan."));
    }

    /** The gemeente with this CBS code, when this installation serves it. */
    @Transactional(readOnly = true)
    public Optional<GemeenteView> inInstallatie(String code) {
        return code == null ? Optional.empty() : gemeenten.findById(code).map(GemeenteView::van);
    }

    /** The gemeente with this name, when this installation knows it by its code. */
    @Transactional(readOnly = true)
    public Optional<GemeenteView> opNaam(String naam) {
        return naam == null ? Optional.empty() : gemeenten.findByNaamIgnoreCase(naam.strip()).map(GemeenteView::van);
    }

    /**
     * The gemeenten in the configuration ({@code eenplan.gemeenten.GM0344: Utrecht}), registered at start-up: how an
     * installation gives the gemeenten it knew by name their CBS code when it upgrades (docs/beheer.md).
     */
    @EventListener(ApplicationReadyEvent.class)
    public void uitConfiguratie() {
        Map<String, String> ingesteld = Binder.get(omgeving)
                .bind("eenplan.gemeenten", Bindable.mapOf(String.class, String.class)).orElse(Map.of());
        ingesteld.forEach((code, naam) -> {
            try {
                registreer(code.strip().toUpperCase(java.util.Locale.ROOT), naam);
            } catch (OngeldigeInvoerException e) {
                LOG.error("eenplan.gemeenten.{}: {}", code, e.getMessage());
            }
        });
    }
}
