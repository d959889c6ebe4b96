package nl.eenplan.monitor;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A school's shares not decided yet in one period, as steps in time ({@code monitor_schoolperiode.open_aandelen}, V88,
 * issue #25). Such a case counts as "no" from its {@code nee_vanaf} on, else not at all ({@link Feitenbron}), so what
 * it adds to its cell depends on the moment asked. Per cell the worker writes, per moment, how many cases start to
 * count then and how many pupils with them: a pupil once, at the first of its open cases, and not at all when its
 * dossier has a decided case in the cell (counted there already). A request adds the steps up to its moment: exact at
 * any moment, and without reading the facts (at 1,000,000 pupils more than half of PostgreSQL's work for a school
 * year was reading these cases from the facts at every request). Aggregates only: no pupil or dossier ids.
 */
final class OpenAandelen {

    /** From moment {@code vanaf} (microseconds since 1970, as {@code nee_vanaf} is stored) on: this many more. */
    record Stap(long vanaf, long zaken, long leerlingen) {
    }

    /** One cell's steps, in order of moment; the onderdeel null when the indicator is not split. */
    record Cel(String indicator, String onderdeel, List<Stap> stappen) {
    }

    /** What one cell's open cases add at a moment, handed to {@link #tel}'s caller. */
    interface Teller {
        void tel(String indicator, String onderdeel, long zaken, long leerlingen);
    }

    private OpenAandelen() {
    }

    /** A moment as the steps hold it: microseconds since 1970, the precision of {@code nee_vanaf}. */
    static long micros(Instant moment) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, moment);
    }

    /** One cell's open cases while the worker reads a school's facts. */
    static final class Opbouw {
        /** Per moment the cases that start to count then. */
        private final TreeMap<Long, Long> zaken = new TreeMap<>();
        /** Per dossier the first moment one of its open cases counts. */
        private final Map<Long, Long> eerste = new HashMap<>();

        /** A case of this dossier not decided yet, "no" from {@code neeVanaf} on. */
        void zaak(long dossier, Instant neeVanaf) {
            long vanaf = micros(neeVanaf);
            zaken.merge(vanaf, 1L, Long::sum);
            eerste.merge(dossier, vanaf, Math::min);
        }

        /** The steps, the pupils of {@code beslist} (dossiers with a decided case in the cell) not counted again. */
        List<Stap> stappen(Set<Long> beslist) {
            TreeMap<Long, Long> leerlingen = new TreeMap<>();
            eerste.forEach((dossier, vanaf) -> {
                if (!beslist.contains(dossier)) {
                    leerlingen.merge(vanaf, 1L, Long::sum);
                }
            });
            List<Stap> stappen = new ArrayList<>(zaken.size());
            zaken.forEach((vanaf, aantal) -> stappen.add(new Stap(vanaf, aantal, leerlingen.getOrDefault(vanaf, 0L))));
            return stappen;
        }
    }

    /** The cells as bytes: their number, then per cell the indicator, its onderdeel if any, and its steps. */
    static byte[] schrijf(List<Cel> cellen) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4 + cellen.size() * 64);
        try (DataOutputStream uit = new DataOutputStream(bytes)) {
            uit.writeInt(cellen.size());
            for (Cel cel : cellen) {
                Schoolperioden.schrijfNaam(uit, cel.indicator(), cel.onderdeel());
                uit.writeInt(cel.stappen().size());
                for (Stap stap : cel.stappen()) {
                    uit.writeLong(stap.vanaf());
                    uit.writeLong(stap.zaken());
                    uit.writeLong(stap.leerlingen());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Each cell of {@link #schrijf}, in the order written. */
    static List<Cel> lees(byte[] bytes) {
        List<Cel> cellen = new ArrayList<>();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                String indicator = in.readUTF();
                String onderdeel = in.readBoolean() ? in.readUTF() : null;
                int aantal = in.readInt();
                List<Stap> stappen = new ArrayList<>(aantal);
                for (int s = 0; s < aantal; s++) {
                    stappen.add(new Stap(in.readLong(), in.readLong(), in.readLong()));
                }
                cellen.add(new Cel(indicator, onderdeel, stappen));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cellen;
    }

    /**
     * Per cell what its open cases add at {@code nu}: the steps from a moment at or before it (a case counts from its
     * {@code nee_vanaf} on). A cell none of whose cases count yet is left out: it does not exist at that moment.
     */
    static void tel(byte[] bytes, Instant nu, Teller teller) {
        if (bytes.length == 4 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0 && bytes[3] == 0) {
            return; // no open case: most schools, read without a stream
        }
        long tot = micros(nu);
        for (Cel cel : lees(bytes)) {
            long zaken = 0;
            long leerlingen = 0;
            for (Stap stap : cel.stappen()) {
                if (stap.vanaf() > tot) {
                    break; // in order of moment
                }
                zaken += stap.zaken();
                leerlingen += stap.leerlingen();
            }
            if (zaken > 0) {
                teller.tel(cel.indicator(), cel.onderdeel(), zaken, leerlingen);
            }
        }
    }
}
