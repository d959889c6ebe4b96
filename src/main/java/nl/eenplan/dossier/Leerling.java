package nl.eenplan.dossier;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A pupil: who, which school, which kind of education and year, and who the parents are. */
@Entity
public class Leerling {

    /** From a sequence in blocks of 50 (V72), so a class upload's inserts go in one batch. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "leerling_seq")
    @SequenceGenerator(name = "leerling_seq", sequenceName = "leerling_seq", allocationSize = nl.eenplan.database.Volgnummers.BLOK)
    private Long id;

    @Column(nullable = false)
    private String voornaam;

    private String tussenvoegsel;

    @Column(nullable = false)
    private String achternaam;

    @Column(nullable = false)
    private LocalDate geboortedatum;

    /** Optional; when present it passed the elfproef. */
    private String bsn;

    @ManyToOne(optional = false)
    @JoinColumn(name = "school_id")
    private School school;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Onderwijssoort onderwijssoort;

    @Column(nullable = false)
    private int leerjaar;

    /** Havo, vwo or mbo-2 diploma (Leerplichtwet 1969 art. 1, 4a): ends kwalificatieplicht and RMC. */
    @Column(nullable = false)
    private boolean startkwalificatie;

    @jakarta.persistence.Embedded
    private Woonadres woonadres;

    @OneToMany(mappedBy = "leerling", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Ouder> ouders = new ArrayList<>();

    protected Leerling() {
    }

    public Leerling(String voornaam, String tussenvoegsel, String achternaam, LocalDate geboortedatum,
                    String bsn, School school, Onderwijssoort onderwijssoort, int leerjaar) {
        this.voornaam = voornaam;
        this.tussenvoegsel = tussenvoegsel;
        this.achternaam = achternaam;
        this.geboortedatum = geboortedatum;
        this.bsn = bsn;
        this.school = school;
        this.onderwijssoort = onderwijssoort;
        this.leerjaar = leerjaar;
    }

    public void voegOuderToe(Ouder ouder) {
        ouder.hoortBij(this);
        ouders.add(ouder);
    }

    /** Voornaam, tussenvoegsel and achternaam, as people write them. */
    public String volledigeNaam() {
        return volledigeNaam(voornaam, tussenvoegsel, achternaam);
    }

    /** The full name; DossierRepository.NAAM writes the same in SQL for a search by name. */
    static String volledigeNaam(String voornaam, String tussenvoegsel, String achternaam) {
        return tussenvoegsel == null ? voornaam + " " + achternaam : voornaam + " " + tussenvoegsel + " " + achternaam;
    }

    /** Age in whole years on the given day: consent rules depend on it. */
    public int leeftijdOp(LocalDate dag) {
        return Period.between(geboortedatum, dag).getYears();
    }

    public Long getId() {
        return id;
    }

    public String getVoornaam() {
        return voornaam;
    }

    public String getTussenvoegsel() {
        return tussenvoegsel;
    }

    public String getAchternaam() {
        return achternaam;
    }

    public LocalDate getGeboortedatum() {
        return geboortedatum;
    }

    public String getBsn() {
        return bsn;
    }

    public School getSchool() {
        return school;
    }

    public Onderwijssoort getOnderwijssoort() {
        return onderwijssoort;
    }

    public int getLeerjaar() {
        return leerjaar;
    }

    public boolean isStartkwalificatie() {
        return startkwalificatie;
    }

    /** Where the pupil lives; empty when the school has not recorded it yet. */
    public java.util.Optional<Woonadres> woonadres() {
        return woonadres != null && woonadres.bekend() ? java.util.Optional.of(woonadres) : java.util.Optional.empty();
    }

    void woontOp(Woonadres woonadres) {
        this.woonadres = woonadres;
    }

    void legStartkwalificatieVast(boolean startkwalificatie) {
        this.startkwalificatie = startkwalificatie;
    }

    public List<Ouder> getOuders() {
        return Collections.unmodifiableList(ouders);
    }
}
