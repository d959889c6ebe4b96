package nl.eenplan.overstap;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.util.Iterator;
import java.util.List;
import nl.eenplan.web.OngeldigeInvoerException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

/**
 * An uploaded class file, kept on disk instead of in memory: {@link #bewaar} copies the request body into an open
 * temporary file ({@link Klasbestanden}) while it checks the header and counts the lines, so a wrong header is refused
 * at once and the number of lines is known before the upload is accepted; {@link #regels()} then reads the lines back
 * one at a time. Closing deletes the file's content (the file has no name left on disk once it is open; see
 * {@link Klasbestanden}).
 */
final class Klasbestand implements Closeable {

    /** The columns, in this order, with a header line; separator ';'. */
    static final String[] KOLOMMEN = {"bsn", "voornaam", "tussenvoegsel", "achternaam", "geboortedatum", "schoolBrin",
            "onderwijssoort", "leerjaar", "overstap", "schooljaar"};
    private static final CSVFormat FORMAAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader()
            .setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).get();

    private final FileChannel kanaal;
    private final Charset tekenset;
    private final int aantal;
    private CSVParser lezer;
    /** What happens once the file is closed (Klasbestanden gives its place back); once only. */
    private Runnable naSluiten = () -> { };

    private Klasbestand(FileChannel kanaal, Charset tekenset, int aantal) {
        this.kanaal = kanaal;
        this.tekenset = tekenset;
        this.aantal = aantal;
    }

    /**
     * Copies the body into the (empty, open) file while checking it as CSV. A wrong header, no lines or a file
     * that is no CSV: 400 (field {@code bestand}) and the file is closed. A failure reading the body itself (the
     * request is over its size limit, the client went away) is thrown as it is, as an {@link UncheckedIOException}.
     */
    static Klasbestand bewaar(InputStream body, Charset tekenset, FileChannel kanaal) {
        try {
            OutputStream kopie = new BufferedOutputStream(Channels.newOutputStream(kanaal), 64 * 1024);
            Afsplitsing bron = new Afsplitsing(BOMInputStream.builder().setInputStream(body).get(), kopie);
            int aantal;
            try {
                aantal = tel(new InputStreamReader(bron, tekenset));
            } catch (RuntimeException e) {
                if (bron.leesfout != null) {
                    throw new UncheckedIOException(bron.leesfout);
                }
                if (bron.schrijffout != null) {
                    throw new IllegalStateException("Het tijdelijke klassenbestand kon niet worden geschreven",
                            bron.schrijffout);
                }
                throw e;
            }
            kopie.flush(); // not closed: that would close the file
            return new Klasbestand(kanaal, tekenset, aantal);
        } catch (IOException e) {
            sluit(kanaal);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            sluit(kanaal);
            throw e;
        }
    }

    /** Checks the header and counts the lines, holding one line at a time. */
    private static int tel(InputStreamReader tekst) {
        try (CSVParser parser = CSVParser.builder().setReader(tekst).setFormat(FORMAAT).get()) {
            Iterator<CSVRecord> regels = parser.iterator();
            if (!parser.getHeaderNames().equals(List.of(KOLOMMEN)) || !regels.hasNext()) {
                if (!regels.hasNext()) {
                    throw new OngeldigeInvoerException("bestand", "Het bestand heeft geen leerlingen; de eerste regel is "
                            + "de kop: " + String.join(";", KOLOMMEN) + ".");
                }
                throw new OngeldigeInvoerException("bestand", "De eerste regel moet de kop zijn: "
                        + String.join(";", KOLOMMEN) + ".");
            }
            int aantal = 0;
            while (regels.hasNext()) {
                regels.next();
                aantal++;
            }
            return aantal;
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            if (e instanceof OngeldigeInvoerException o) {
                throw o;
            }
            throw new OngeldigeInvoerException("bestand", "Het bestand is geen geldige CSV met ';' als scheidingsteken: "
                    + e.getMessage());
        }
    }

    /** The number of pupil lines (without the header). */
    int aantal() {
        return aantal;
    }

    /**
     * The lines from the start of the file, read as they are asked for; their record numbers are those of the
     * check (line = record number + 1, after the header). Once per file.
     */
    Iterator<CSVRecord> regels() {
        if (lezer != null) {
            throw new IllegalStateException("Het klassenbestand wordt al gelezen.");
        }
        try {
            kanaal.position(0);
            lezer = CSVParser.builder().setReader(new InputStreamReader(new Onafsluitbaar(Channels.newInputStream(kanaal)),
                    tekenset)).setFormat(FORMAAT).get();
            return lezer.iterator();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code actie} once, when the file is closed. */
    Klasbestand naSluiten(Runnable actie) {
        this.naSluiten = actie;
        return this;
    }

    /** Deletes the file's content: closes it, and so frees its space on disk. */
    @Override
    public void close() {
        if (lezer != null) {
            try {
                lezer.close();
            } catch (IOException e) {
                // closing the reader over the file: nothing is lost, the file is closed below
            }
        }
        try {
            sluit(kanaal);
        } finally {
            Runnable actie = naSluiten;
            naSluiten = () -> { };
            actie.run();
        }
    }

    private static void sluit(FileChannel kanaal) {
        try {
            kanaal.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Het tijdelijke klassenbestand kon niet worden gesloten", e);
        }
    }

    /**
     * The body as read, and a copy of every byte read into the file; remembers a failure of the body itself (then
     * the request is refused as the body's reader says) apart from one of the file (then EenPlan failed).
     */
    private static final class Afsplitsing extends FilterInputStream {

        private final OutputStream kopie;
        IOException leesfout;
        IOException schrijffout;

        Afsplitsing(InputStream bron, OutputStream kopie) {
            super(bron);
            this.kopie = kopie;
        }

        @Override
        public int read() throws IOException {
            int b = lees(() -> super.read());
            if (b >= 0) {
                schrijf(() -> kopie.write(b));
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int lengte) throws IOException {
            int n = lees(() -> super.read(buffer, offset, lengte));
            if (n > 0) {
                schrijf(() -> kopie.write(buffer, offset, n));
            }
            return n;
        }

        private int lees(Lezen lezen) throws IOException {
            try {
                return lezen.lees();
            } catch (IOException e) {
                leesfout = e;
                throw e;
            }
        }

        private void schrijf(Schrijven schrijven) throws IOException {
            try {
                schrijven.schrijf();
            } catch (IOException e) {
                schrijffout = e;
                throw e;
            }
        }

        private interface Lezen {
            int lees() throws IOException;
        }

        private interface Schrijven {
            void schrijf() throws IOException;
        }
    }

    /** The file's stream without closing the file: the file is closed (and so deleted) by {@link #close()} only. */
    private static final class Onafsluitbaar extends FilterInputStream {

        Onafsluitbaar(InputStream bron) {
            super(bron);
        }

        @Override
        public void close() {
            // the file stays open until the upload is done
        }
    }
}
