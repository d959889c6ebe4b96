package nl.eenplan.monitor;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The suppression patterns computed last, by the cells they were computed from (issue #25: at 7,000 schools one
 * pattern costs about half a second of CPU to compute, and every grouping of a view and every user with the same view
 * asks for the same one). The key is a SHA-256 digest of everything {@link Onderdrukking} weighs: per cell, in order,
 * its pupils, its cases and its quantities' inner cells. So a pattern is reused only for exactly the same cells; a
 * count changed anywhere, another view or another period gives another key. There is nothing to invalidate: a pattern
 * nobody asks for again goes when the memory is full (least recently used first). Size 0: nothing is kept.
 */
final class Onderdrukkingsgeheugen {

    private final int grootte;
    private final Map<ByteBuffer, BitSet> patronen;
    /** How often a pattern came from memory (the tests look). */
    private long gevonden;

    Onderdrukkingsgeheugen(int grootte) {
        if (grootte < 0) {
            throw new IllegalStateException("eenplan.monitor.onderdrukking.onthouden is 0 of meer, niet " + grootte);
        }
        this.grootte = grootte;
        this.patronen = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<ByteBuffer, BitSet> oudste) {
                return size() > Onderdrukkingsgeheugen.this.grootte;
            }
        };
    }

    /** The positions of the cells to suppress: from memory when these very cells were suppressed before. */
    BitSet onderdruk(List<Onderdrukking.Cel<Integer>> cellen) {
        return onderdruk(() -> sleutel(cellen), () -> cellen);
    }

    /**
     * The same, by a key the caller computes from what the cells are made of (equal keys: equal cells), so that the
     * cells are worked out only when their pattern is not in memory; the key is not computed when nothing is kept.
     */
    BitSet onderdruk(Supplier<ByteBuffer> sleutelVan, Supplier<List<Onderdrukking.Cel<Integer>>> cellen) {
        if (grootte == 0) {
            return bits(cellen.get());
        }
        ByteBuffer sleutel = sleutelVan.get();
        synchronized (patronen) {
            BitSet bekend = patronen.get(sleutel);
            if (bekend != null) {
                gevonden++;
                return (BitSet) bekend.clone();
            }
        }
        BitSet onderdrukt = bits(cellen.get()); // outside the lock: two requests for a new pattern may both compute it
        synchronized (patronen) {
            patronen.put(sleutel, (BitSet) onderdrukt.clone());
        }
        return onderdrukt;
    }

    /** How many patterns are kept (the tests look). */
    int aantal() {
        synchronized (patronen) {
            return patronen.size();
        }
    }

    /** How often a pattern came from memory (the tests look). */
    long gevonden() {
        synchronized (patronen) {
            return gevonden;
        }
    }

    private static BitSet bits(List<Onderdrukking.Cel<Integer>> cellen) {
        BitSet uit = new BitSet(cellen.size());
        Onderdrukking.onderdruk(cellen).forEach(uit::set);
        return uit;
    }

    /** SHA-256 of the cells in order: their position, pupils, cases, and per quantity its length and inner cells. */
    static ByteBuffer sleutel(List<Onderdrukking.Cel<Integer>> cellen) {
        Vingerafdruk v = new Vingerafdruk();
        for (Onderdrukking.Cel<Integer> cel : cellen) {
            v.getal(cel.sleutel()).getal(cel.leerlingen()).getal(cel.aantal()).getal(cel.sommen().size());
            for (int[] som : cel.sommen()) {
                v.getal(som.length);
                for (int binnencel : som) {
                    v.getal(binnencel);
                }
            }
        }
        return v.klaar();
    }

    /** A SHA-256 digest written in blocks: numbers and texts (each text with its length, so no two sequences meet). */
    static final class Vingerafdruk {
        private final MessageDigest sha;
        private final ByteBuffer blok = ByteBuffer.allocate(1 << 16);

        Vingerafdruk() {
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e); // every Java platform has SHA-256
            }
        }

        Vingerafdruk getal(long getal) {
            ruimte(8);
            blok.putLong(getal);
            return this;
        }

        /** A text, or null (length -1). */
        Vingerafdruk tekst(String tekst) {
            if (tekst == null) {
                return getal(-1);
            }
            byte[] bytes = tekst.getBytes(StandardCharsets.UTF_8);
            getal(bytes.length);
            if (bytes.length > blok.capacity()) {
                ruimte(blok.capacity()); // empties the block
                sha.update(bytes);
            } else {
                ruimte(bytes.length);
                blok.put(bytes);
            }
            return this;
        }

        ByteBuffer klaar() {
            blok.flip();
            sha.update(blok);
            return ByteBuffer.wrap(sha.digest());
        }

        /** Room for {@code bytes} more: what the block holds is hashed first when it is full. */
        private void ruimte(int bytes) {
            if (blok.remaining() < bytes) {
                blok.flip();
                sha.update(blok);
                blok.clear();
            }
        }
    }
}
