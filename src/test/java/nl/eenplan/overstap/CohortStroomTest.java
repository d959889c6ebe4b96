package nl.eenplan.overstap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import nl.eenplan.GegenereerdeKlas;
import nl.eenplan.web.OngeldigeInvoerException;
import nl.eenplan.web.TijdelijkBezetException;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A class file goes from the request to the workers without ever being whole in memory: the body is copied into a
 * temporary file while its header is checked and its lines counted (Klasbestand), then read back line by line and
 * handed to the workers in blocks through small queues (Klasverdeler). 180,000 generated lines (a national cohort,
 * about 12 MB), a fake worker instead of the database.
 */
class CohortStroomTest {

    static final int REGELS = 180_000;
    static final int LEERLINGEN = 60_000; // each pupil three times, 60,000 lines apart
    static final int WERKERS = 2;
    static final int BLOK = 20;
    static final int WACHTRIJ = 2;
    static final String KOP = GegenereerdeKlas.KOP;

    @TempDir
    Path map;

    final ExecutorService werkers = Executors.newFixedThreadPool(WERKERS);

    @AfterEach
    void stop() {
        werkers.shutdownNow();
    }

    @Test
    void honderdtachtigduizendRegelsElkPreciesEenKeerPerLeerlingInVolgordeMetBegrensdWerkInDeLucht() throws Exception {
        // The bookkeeping first, before the baseline of the heap: an array per line and per pupil.
        AtomicIntegerArray keerGezien = new AtomicIntegerArray(REGELS + 2);
        AtomicIntegerArray laatsteRegel = new AtomicIntegerArray(LEERLINGEN);
        AtomicIntegerArray werkerVan = new AtomicIntegerArray(LEERLINGEN);
        AtomicInteger volgordeFout = new AtomicInteger();
        AtomicInteger andereWerker = new AtomicInteger();
        AtomicInteger kleineBlokken = new AtomicInteger();
        AtomicLong klaar = new AtomicLong();
        long basis = heapNaGc();

        Klasbestanden bestanden = new Klasbestanden(map, 6);
        long heapMax;
        long inDeLuchtMax;
        try (Klasbestand bestand = bestanden.bewaar(new GegenereerdeKlas(REGELS, CohortStroomTest::regel), StandardCharsets.UTF_8)) {
            assertThat(bestand.aantal()).isEqualTo(REGELS);
            // Open, the file has no name in the folder: no other process can open it.
            try (var namen = Files.list(map)) {
                assertThat(namen).isEmpty();
            }
            Meter meter = new Meter(bestand.regels(), klaar);
            new Klasverdeler<CSVRecord>(r -> r.get("bsn").isEmpty() ? r.get("voornaam") + "|" + r.get("achternaam")
                    + "|" + r.get("geboortedatum") : r.get("bsn"), WERKERS, BLOK, WACHTRIJ)
                    .verdeel(meter, werkers, blok -> {
                        if (blok.size() < BLOK) {
                            kleineBlokken.incrementAndGet();
                        }
                        for (CSVRecord r : blok) {
                            int regel = (int) r.getRecordNumber() + 1;
                            keerGezien.incrementAndGet(regel);
                            int leerling = Integer.parseInt(r.get("achternaam").substring(1));
                            if (laatsteRegel.getAndSet(leerling, regel) >= regel) {
                                volgordeFout.incrementAndGet();
                            }
                            int werker = (int) Thread.currentThread().getId();
                            if (!werkerVan.compareAndSet(leerling, 0, werker) && werkerVan.get(leerling) != werker) {
                                andereWerker.incrementAndGet();
                            }
                        }
                        // The database is slower than the file: the queues fill and the reader has to wait.
                        LockSupport.parkNanos(50_000);
                        klaar.addAndGet(blok.size());
                    }, e -> {
                        throw new AssertionError("geen werker faalt hier", e);
                    });
            heapMax = meter.heapMax - basis;
            inDeLuchtMax = meter.inDeLuchtMax;
        }

        int ontbrekend = 0;
        int dubbel = 0;
        for (int regel = 2; regel < REGELS + 2; regel++) {
            ontbrekend += keerGezien.get(regel) == 0 ? 1 : 0;
            dubbel += keerGezien.get(regel) > 1 ? 1 : 0;
        }
        assertThat(ontbrekend).as("regels niet verwerkt").isZero();
        assertThat(dubbel).as("regels twee keer verwerkt").isZero();
        assertThat(klaar.get()).isEqualTo(REGELS);
        assertThat(volgordeFout.get()).as("regels van een leerling buiten bestandsvolgorde").isZero();
        assertThat(andereWerker.get()).as("regels van een leerling bij een andere werker").isZero();
        // Blocks of 20 of a worker's own lines; only each worker's last block may be smaller.
        assertThat(kleineBlokken.get()).isLessThanOrEqualTo(WERKERS);
        // Lines read but not done: at most a queue, the block being done and the block being filled per worker.
        assertThat(inDeLuchtMax).isLessThanOrEqualTo((long) WERKERS * (WACHTRIJ + 2) * BLOK)
                // and the queues did fill (the bound was reached, not only never approached)
                .isGreaterThanOrEqualTo((long) WACHTRIJ * BLOK);
        // The old way held all 180,000 parsed lines (100 MB and more); now the heap after GC stays flat.
        assertThat(heapMax).as("groei van de heap na GC (bytes)").isLessThan(16L * 1024 * 1024);
        // Closed, the file is gone.
        try (var namen = Files.list(map)) {
            assertThat(namen).isEmpty();
        }
    }

    @Test
    void eenVerkeerdeKopWordtMeteenGeweigerdZonderDeRestTeLezen() throws Exception {
        Klasbestanden bestanden = new Klasbestanden(map, 6);
        // A body that never ends: only the first line is read.
        InputStream eindeloos = new InputStream() {
            final byte[] kop = "naam;geboortedatum\n".getBytes(StandardCharsets.UTF_8);
            long gelezen;

            @Override
            public int read() {
                return (int) (gelezen < kop.length ? kop[(int) gelezen++] : (gelezen++ % 10 == 0 ? '\n' : 'x'));
            }
        };
        assertThatThrownBy(() -> bestanden.bewaar(eindeloos, StandardCharsets.UTF_8))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("De eerste regel moet de kop zijn");
        assertThatThrownBy(() -> bestanden.bewaar(stroom(KOP), StandardCharsets.UTF_8))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("geen leerlingen");
        assertThatThrownBy(() -> bestanden.bewaar(stroom(""), StandardCharsets.UTF_8))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("geen leerlingen");
        assertThatThrownBy(() -> bestanden.bewaar(stroom(KOP + "1;\"open\n"), StandardCharsets.UTF_8))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("geen geldige CSV");
        try (var namen = Files.list(map)) {
            assertThat(namen).isEmpty();
        }
    }

    @Test
    void eenFoutBijHetLezenVanDeInhoudZelfBlijftDieFout() throws Exception {
        // The size limit of web.RequestSizeLimitFilter fails the body's stream: that failure, not "no valid CSV".
        IOException teGroot = new IOException("te groot");
        InputStream body = new InputStream() {
            int gelezen;

            @Override
            public int read() throws IOException {
                if (gelezen >= KOP.length()) {
                    throw teGroot;
                }
                return KOP.charAt(gelezen++);
            }
        };
        assertThatThrownBy(() -> new Klasbestanden(map, 6).bewaar(body, StandardCharsets.UTF_8))
                .isInstanceOf(UncheckedIOException.class).hasCause(teGroot);
    }

    @Test
    void meerUploadsDanErPlaatsIsKrijgenTijdelijkBezetZonderDatErIetsWordtGelezen() {
        // Each open upload holds a file of up to max-upload-bytes: a client that keeps posting must not fill the disk.
        Klasbestanden bestanden = new Klasbestanden(map, 2);
        String klas = KOP + "123456782;Sam;;Vol;2014-05-01;99ZZ00;PO;8;PO_VO;2026-2027\n";
        Klasbestand eerste = bestanden.bewaar(new ByteArrayInputStream(klas.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        Klasbestand tweede = bestanden.bewaar(new ByteArrayInputStream(klas.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        ByteArrayInputStream derde = new ByteArrayInputStream(klas.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> bestanden.bewaar(derde, StandardCharsets.UTF_8))
                .isInstanceOf(TijdelijkBezetException.class).hasMessageContaining("al 2 klassen");
        assertThat(derde.available()).as("nothing of the refused body read").isEqualTo(klas.getBytes(StandardCharsets.UTF_8).length);
        eerste.close();
        eerste.close(); // closing twice gives the place back once
        try (Klasbestand weer = bestanden.bewaar(new ByteArrayInputStream(klas.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8)) {
            assertThat(weer.aantal()).isEqualTo(1);
        }
        assertThatThrownBy(() -> bestanden.bewaar(new ByteArrayInputStream(new byte[0]), StandardCharsets.UTF_8))
                .as("a refused file (no lines) gives its place back too").isNotInstanceOf(TijdelijkBezetException.class);
        try (Klasbestand weer = bestanden.bewaar(new ByteArrayInputStream(klas.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8)) {
            assertThatThrownBy(() -> bestanden.bewaar(new ByteArrayInputStream(klas.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8))
                    .isInstanceOf(TijdelijkBezetException.class);
        }
        tweede.close();
    }

    @Test
    void eenBomVanExcelEnEenAndereTekensetWordenGelezen() {
        Klasbestanden bestanden = new Klasbestanden(map, 6);
        String regel = "123456782;Zoë;;Müller;2014-05-01;99ZZ00;PO;8;PO_VO;2026-2027\n";
        byte[] metBom = ("\uFEFF" + KOP + regel).getBytes(StandardCharsets.UTF_8);
        try (Klasbestand bestand = bestanden.bewaar(new ByteArrayInputStream(metBom), StandardCharsets.UTF_8)) {
            CSVRecord r = bestand.regels().next();
            assertThat(r.get("bsn")).isEqualTo("123456782");
            assertThat(r.get("achternaam")).isEqualTo("Müller");
        }
        byte[] latijn = (KOP + regel).getBytes(StandardCharsets.ISO_8859_1);
        try (Klasbestand bestand = bestanden.bewaar(new ByteArrayInputStream(latijn), StandardCharsets.ISO_8859_1)) {
            assertThat(bestand.regels().next().get("voornaam")).isEqualTo("Zoë");
        }
    }

    /** A file's age well past the minute a crash may leave one behind, fixed: the test never reads the real time. */
    private static final FileTime LANG_GELEDEN = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

    @Test
    void deMapIsAlleenVanEenPlanEnAchtergeblevenBestandenVerdwijnenBijDeStart() throws Exception {
        Path klassen = map.resolve("klassen");
        Files.createDirectories(klassen);
        Path oud = Files.writeString(klassen.resolve("klas-oud.csv"), KOP + "123456782;Sam;;Oud;2014-05-01;99ZZ00;PO;8;PO_VO;2026-2027\n");
        Files.setLastModifiedTime(oud, LANG_GELEDEN);
        Path vers = Files.writeString(klassen.resolve("klas-vers.csv"), KOP); // another node's, in its first instant
        Path anders = Files.writeString(klassen.resolve("iets-anders.txt"), "blijft");
        Files.setLastModifiedTime(anders, LANG_GELEDEN);

        new Klasbestanden(klassen, 6);

        assertThat(oud).doesNotExist();
        assertThat(vers).exists();
        assertThat(anders).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(klassen))).isEqualTo("rwx------");
    }

    @Test
    void eenWerkerDieFaaltSlaatZijnRegelsOverDeAndereWerkenDoorEnNiemandWachtEeuwig() {
        List<Integer> regels = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            regels.add(i);
        }
        AtomicInteger gedaan = new AtomicInteger();
        List<RuntimeException> fouten = new java.util.concurrent.CopyOnWriteArrayList<>();
        // The even lines to one worker, the odd ones to the other; the even lines' worker fails on its third block.
        AtomicInteger evenBlokken = new AtomicInteger();
        new Klasverdeler<Integer>(i -> i % 2 == 0 ? "a" : "b", 2, BLOK, WACHTRIJ).verdeel(regels.iterator(), werkers, blok -> {
            if (blok.get(0) % 2 == 0 && evenBlokken.incrementAndGet() == 3) {
                throw new IllegalStateException("database weg");
            }
            gedaan.addAndGet(blok.size());
        }, fouten::add);
        assertThat(fouten).hasSize(1).first().extracting(Throwable::getMessage).isEqualTo("database weg");
        // The other worker's 5,000 lines and the failing worker's first two blocks.
        assertThat(gedaan.get()).isEqualTo(5_000 + 2 * BLOK);
    }

    @Test
    void eenLeesfoutStoptHetLezenDeWerkersMakenAfWatZeHebben() {
        AtomicInteger gedaan = new AtomicInteger();
        Iterator<Integer> kapot = new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Integer next() {
                if (i == 1_000) {
                    throw new UncheckedIOException(new IOException("schijf weg"));
                }
                return i++;
            }
        };
        assertThatThrownBy(() -> new Klasverdeler<Integer>(String::valueOf, 2, BLOK, WACHTRIJ)
                .verdeel(kapot, werkers, blok -> gedaan.addAndGet(blok.size()), e -> { }))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("schijf weg");
        // Every full block handed out before the failure was done; the partly filled ones are not.
        assertThat(gedaan.get()).isLessThanOrEqualTo(1_000).isGreaterThan(1_000 - 2 * BLOK);
    }

    private static InputStream stroom(String tekst) {
        return new ByteArrayInputStream(tekst.getBytes(StandardCharsets.UTF_8));
    }

    private static long heapNaGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /**
     * The reader's side: counts lines read, and every 20,000 lines the lines read but not done and the heap after
     * a GC.
     */
    private static final class Meter implements Iterator<CSVRecord> {

        private final Iterator<CSVRecord> bron;
        private final AtomicLong klaar;
        long gelezen;
        long inDeLuchtMax;
        long heapMax;

        Meter(Iterator<CSVRecord> bron, AtomicLong klaar) {
            this.bron = bron;
            this.klaar = klaar;
        }

        @Override
        public boolean hasNext() {
            return bron.hasNext();
        }

        @Override
        public CSVRecord next() {
            CSVRecord r = bron.next();
            gelezen++;
            inDeLuchtMax = Math.max(inDeLuchtMax, gelezen - klaar.get());
            if (gelezen % 20_000 == 0) {
                heapMax = Math.max(heapMax, heapNaGc());
            }
            return r;
        }
    }

    /** Line i: every pupil three times, 60,000 lines apart; every tenth pupil without BSN (name and birth date). */
    private static String regel(int i) {
        int leerling = i % LEERLINGEN;
        String bsn = leerling % 10 == 0 ? "" : String.valueOf(100_000_000 + leerling);
        return bsn + ";Leerling;;L" + leerling + ";2014-05-01;99ZZ00;PO;8;PO_VO;2026-2027\n";
    }
}
