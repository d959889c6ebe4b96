package nl.eenplan.melding;

import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.eenplan.security.Toegang;
import nl.eenplan.web.NietGevondenException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sends notifications (a stored record, plus e-mail when configured) and lets their readers see and read them. */
@Service
@Transactional
public class MeldingService {

    /** A dossier past its retention: its notifications (and who read them) go with it. */
    @org.springframework.context.event.EventListener
    void dossierVerwijderd(nl.eenplan.dossier.DossierVerwijderd verwijderd) {
        List<Melding> weg = meldingen.findByDossierNummer(verwijderd.nummer());
        gelezen.deleteAll(gelezen.findBySleutelMeldingIdIn(weg.stream().map(Melding::getId).toList()));
        meldingen.deleteAll(weg);
    }

    private final MeldingRepository meldingen;
    private final MeldingGelezenRepository gelezen;
    private final ApplicationEventPublisher events;
    private final Toegang toegang;
    private final Clock clock;

    MeldingService(MeldingRepository meldingen, MeldingGelezenRepository gelezen, ApplicationEventPublisher events,
                   Toegang toegang, Clock clock) {
        this.meldingen = meldingen;
        this.gelezen = gelezen;
        this.events = events;
        this.toegang = toegang;
        this.clock = clock;
    }

    /** Stores the notification; e-mail (when on) goes only after the surrounding transaction commits. */
    public Long stuur(NieuweMelding nieuw) {
        if ((nieuw.gebruiker() == null) == (nieuw.groep() == null)) {
            throw new IllegalArgumentException("Een melding gaat naar precies één gebruiker of één groep.");
        }
        if (nieuw.groep() != null && nieuw.school() == null) {
            // Without a school, every member of the group in every school would see it.
            throw new IllegalArgumentException("Een melding aan groep " + nieuw.groep() + " noemt de school van de leerling.");
        }
        Melding melding = meldingen.save(new Melding(nieuw, clock.instant()));
        events.publishEvent(new MeldingVerstuurd(melding.getId(), nieuw));
        return melding.getId();
    }

    /**
     * Notifications for this user: addressed to the user, or to one of the user's groups about a pupil of
     * a school the user works for; newest first.
     */
    @Transactional(readOnly = true)
    public List<MeldingView> voor(String gebruiker, Collection<String> groepen, boolean alleenOngelezen) {
        Set<Long> gelezenIds = new HashSet<>(gelezen.gelezenDoor(gebruiker));
        Toegang.Zicht zicht = toegang.zicht();
        // An empty IN list is not valid SQL everywhere: a user without groups matches no group "".
        return meldingen.voor(gebruiker, groepen.isEmpty() ? List.of("") : groepen, zicht.alles(),
                        zicht.scholenVoorQuery()).stream()
                .map(m -> MeldingView.van(m, gelezenIds.contains(m.getId())))
                .filter(m -> !alleenOngelezen || !m.gelezen())
                .toList();
    }

    /** Marks a notification read for this user; one the user cannot see does not exist for them. */
    public void markeerGelezen(Long id, String gebruiker, Collection<String> groepen) {
        Melding melding = meldingen.findById(id)
                .filter(m -> gebruiker.equals(m.getOntvangerGebruiker())
                        || groepen.contains(m.getOntvangerGroep()) && toegang.zicht().omvat(m.getSchool()))
                .orElseThrow(() -> new NietGevondenException("Er is geen melding " + id + " voor jou."));
        var sleutel = new MeldingGelezen.Sleutel(melding.getId(), gebruiker);
        if (!gelezen.existsById(sleutel)) {
            gelezen.save(new MeldingGelezen(melding.getId(), gebruiker, clock.instant()));
        }
    }

    /** For processes and tests: the notifications about one task. */
    @Transactional(readOnly = true)
    public List<MeldingView> overTaak(String taakId) {
        return meldingen.findByTaakIdOrderById(taakId).stream().map(m -> MeldingView.van(m, false)).toList();
    }

    /** Published when a notification is stored; the mailer acts on it after commit. */
    public record MeldingVerstuurd(Long id, NieuweMelding melding) {
    }
}
