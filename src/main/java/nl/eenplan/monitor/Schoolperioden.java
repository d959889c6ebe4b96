package nl.eenplan.monitor;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
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

    /** The period's row of a school: its cells, and the groups they were counted under (as in {@code monitor_cel}). */
    static final String SCHRIJF = """
            insert into monitor_schoolperiode (school_id, periode, gemeente, samenwerkingsverband, cellen)
            values (:school, :periode, :gemeente, :swv, :cellen)""";

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
                uit.writeUTF(cel.indicator());
                uit.writeBoolean(cel.onderdeel() != null);
                if (cel.onderdeel() != null) {
                    uit.writeUTF(cel.onderdeel());
                }
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

    /** Each cell of {@link #schrijf}, in the order written. */
    static void lees(byte[] bytes, Consumer<Schoolcel> elk) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                String indicator = in.readUTF();
                String onderdeel = in.readBoolean() ? in.readUTF() : null;
                elk.accept(new Schoolcel(indicator, onderdeel, in.readLong(), in.readLong(), in.readLong(), in.readLong()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
