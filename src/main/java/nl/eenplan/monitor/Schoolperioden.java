package nl.eenplan.monitor;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A school's cells of one period as one row ({@code monitor_schoolperiode}, V85, issue #25): each cell's counts without
 * a duration's histogram, in one value. A view of every school by gemeente, SWV or in total needs those counts of every
 * school (the suppression works on them) and the shown groups' histograms ({@link Groepcellen}): nationally 6,900 such
 * rows a school year instead of 145,000 cells, whose reading alone was 332-355 ms of PostgreSQL's time. The worker
 * writes a school's rows with its cells, in the same transaction ({@link Monitorcellen}); the cells stay what a school's
 * own view and the percentiles per school read.
 */
final class Schoolperioden {

    /**
     * The period's row of a school: its cells, the groups they were counted under (as in {@code monitor_cel}), and its
     * shares' cases not decided yet as steps in time ({@link OpenAandelen}, V88).
     */
    static final String SCHRIJF = """
            insert into monitor_schoolperiode
                (school_id, periode, gemeente, samenwerkingsverband, cellen, open_aandelen)
            values (:school, :periode, :gemeente, :swv, :cellen, :open)""";

    /** One cell's counts: the onderdeel null when the indicator is not split. */
    record Schoolcel(String indicator, String onderdeel, long aantal, long leerlingen, long ja, long som) {
    }

    private Schoolperioden() {
    }

    /** The cells as bytes: their number, then per cell the indicator, whether it has an onderdeel and which, the counts. */
    static byte[] schrijf(List<Schoolcel> cellen) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4 + cellen.size() * 64);
        try (DataOutputStream uit = new DataOutputStream(bytes)) {
            uit.writeInt(cellen.size());
            for (Schoolcel cel : cellen) {
                schrijfNaam(uit, cel.indicator(), cel.onderdeel());
                uit.writeLong(cel.aantal());
                uit.writeLong(cel.leerlingen());
                uit.writeLong(cel.ja());
                uit.writeLong(cel.som());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A cell's name: its indicator, whether it has an onderdeel, and which (as {@link OpenAandelen} writes it too). */
    static void schrijfNaam(DataOutputStream uit, String indicator, String onderdeel) throws IOException {
        uit.writeUTF(indicator);
        uit.writeBoolean(onderdeel != null);
        if (onderdeel != null) {
            uit.writeUTF(onderdeel);
        }
    }

    /** Each cell of {@link #schrijf}, in the order written. */
    static void lees(byte[] bytes, Consumer<Schoolcel> elk) {
        new Lezer().lees(bytes, elk);
    }

    /**
     * Reads rows of {@link #schrijf}, one after another: a national view reads 6,900 of about twenty cells each (issue
     * #25). The names in them (the indicators and their parts, a few dozen) are decoded once per reader and then handed
     * out as the same String, whose hash the maps they are looked up in have computed already; the numbers are read
     * straight from the bytes (big-endian, as {@link DataOutputStream} wrote them). One per request: not thread-safe.
     */
    static final class Lezer {
        /** Each name decoded so far, by its bytes (a ByteBuffer's hash and equality are those of its bytes). */
        private final Map<ByteBuffer, String> namen = new HashMap<>();

        /** Each cell of a row, in the order written; a row cut short fails as {@link DataInputStream} made it fail. */
        void lees(byte[] bytes, Consumer<Schoolcel> elk) {
            ByteBuffer in = ByteBuffer.wrap(bytes);
            try {
                int n = in.getInt();
                for (int i = 0; i < n; i++) {
                    String indicator = naam(in);
                    String onderdeel = in.get() != 0 ? naam(in) : null;
                    elk.accept(new Schoolcel(indicator, onderdeel, in.getLong(), in.getLong(), in.getLong(),
                            in.getLong()));
                }
            } catch (BufferUnderflowException afgebroken) {
                throw new UncheckedIOException(new EOFException("rij per school afgebroken bij byte " + in.position()));
            }
        }

        /** A name as {@link DataOutputStream#writeUTF} wrote it: its length in two bytes, then modified UTF-8. */
        private String naam(ByteBuffer in) {
            int lengte = Short.toUnsignedInt(in.getShort());
            int van = in.position();
            if (lengte > in.remaining()) {
                throw new BufferUnderflowException();
            }
            in.position(van + lengte);
            String naam = namen.get(ByteBuffer.wrap(in.array(), van, lengte));
            if (naam == null) {
                naam = decodeer(in.array(), van, lengte);
                namen.put(ByteBuffer.wrap(Arrays.copyOfRange(in.array(), van, van + lengte)), naam);
            }
            return naam;
        }

        private static String decodeer(byte[] b, int van, int lengte) {
            try {
                return new DataInputStream(new ByteArrayInputStream(b, van - 2, lengte + 2)).readUTF();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
