package nl.eenplan.overstap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import nl.eenplan.web.TijdelijkBezetException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where class uploads wait on disk while they run ({@code eenplan.overstap.tijdelijke-map}). A class file holds BSNs,
 * names and birth dates, so:
 * <ul>
 *   <li>the folder and the files are the application's user's only (rwx------ and rw-------);</li>
 *   <li>a file is opened with {@link StandardOpenOption#DELETE_ON_CLOSE}: on Linux and macOS the JDK removes its name at
 *   once, so no other process can open it, and the operating system frees its content when EenPlan closes it, after
 *   the upload or on a failure, and also when the process dies (Windows: when the handle closes, also on a
 *   crash);</li>
 *   <li>only a crash in the instant between the JDK creating a file and removing its name leaves one behind, empty: at
 *   start-up the files older than a minute are removed. Several nodes (or test runs) on one machine may share the
 *   folder: a file in use has no name there, so none of them removes another's upload.</li>
 * </ul>
 */
@Component
class Klasbestanden {

    private static final Logger LOG = LoggerFactory.getLogger(Klasbestanden.class);
    private static final String VOORVOEGSEL = "klas-";
    private static final Duration OUD = Duration.ofMinutes(1);

    private final Path map;
    private final boolean posix;
    private final int maximaal;
    /** The files open now: an upload takes one until it is done, so disk use stays under maximaal × the size limit. */
    private final Semaphore plaatsen;

    Klasbestanden(@Value("${eenplan.overstap.tijdelijke-map}") Path map,
                  @Value("${eenplan.overstap.max-open-uploads}") int maximaal) {
        this.map = map;
        this.posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        this.maximaal = Math.max(1, maximaal);
        this.plaatsen = new Semaphore(this.maximaal);
        maak();
        ruimOp();
    }

    /**
     * Copies the request body into a new file of its own (see {@link Klasbestand#bewaar}), if fewer than
     * {@code eenplan.overstap.max-open-uploads} uploads run or wait on this node; else 503 before anything is read, so a
     * client that keeps posting cannot fill the disk (each file may be up to {@code max-upload-bytes}).
     */
    Klasbestand bewaar(InputStream body, Charset tekenset) {
        if (!plaatsen.tryAcquire()) {
            throw new TijdelijkBezetException("Er worden al " + maximaal + " klassen verwerkt of wachten daarop. "
                    + "Probeer het over een paar minuten opnieuw.");
        }
        try {
            return Klasbestand.bewaar(body, tekenset, open()).naSluiten(plaatsen::release);
        } catch (RuntimeException e) {
            plaatsen.release();
            throw e;
        }
    }

    /** The folder, owner only; refuses to start when the folder is another user's (its rights cannot be set). */
    private void maak() {
        try {
            if (posix) {
                Files.createDirectories(map, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                Files.setPosixFilePermissions(map, PosixFilePermissions.fromString("rwx------"));
            } else {
                Files.createDirectories(map);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("De map voor klassenbestanden (eenplan.overstap.tijdelijke-map) kan niet "
                    + "alleen voor EenPlan worden ingericht: " + map, e);
        }
    }

    /** Files left by a crash between creating one and removing its name (see above). */
    private void ruimOp() {
        Instant grens = Instant.now().minus(OUD); // the age of a file on disk, not a date of the domain
        try (DirectoryStream<Path> bestanden = Files.newDirectoryStream(map, VOORVOEGSEL + "*.csv")) {
            for (Path bestand : bestanden) {
                try {
                    if (Files.getLastModifiedTime(bestand).toInstant().isBefore(grens)) {
                        Files.deleteIfExists(bestand);
                        LOG.info("Achtergebleven klassenbestand {} verwijderd", bestand.getFileName());
                    }
                } catch (IOException e) {
                    LOG.warn("Achtergebleven klassenbestand {} niet verwijderd", bestand.getFileName(), e);
                }
            }
        } catch (IOException e) {
            LOG.warn("De map voor klassenbestanden {} kon niet worden opgeruimd", map, e);
        }
    }

    /** A new file, owner only, opened to write and read back and deleted when closed. */
    private FileChannel open() {
        Path bestand = map.resolve(VOORVOEGSEL + UUID.randomUUID() + ".csv");
        Set<StandardOpenOption> opties = EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE, StandardOpenOption.DELETE_ON_CLOSE);
        try {
            FileAttribute<?>[] rechten = posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                    EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE))} : new FileAttribute<?>[0];
            return FileChannel.open(bestand, opties, rechten);
        } catch (IOException e) {
            throw new UncheckedIOException("Er kon geen tijdelijk klassenbestand worden gemaakt in " + map, e);
        }
    }
}
