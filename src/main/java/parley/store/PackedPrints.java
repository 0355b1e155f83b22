package parley.store;

import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * A source's sentence fingerprints as one value of its row: distinct, ascending, eight bytes each (big-endian).
 * One column written with the source instead of a row per sentence, and a row per sentence in an index whose keys
 * land all over it, which had been a third of an import's writes.
 */
final class PackedPrints {
    private PackedPrints() {
    }

    /** The prints packed, nulls dropped; null for none. */
    static byte[] pack(Collection<Long> prints) {
        if (prints == null) {
            return null;
        }
        long[] sorted = prints.stream().filter(Objects::nonNull).mapToLong(Long::longValue).sorted().distinct()
                .toArray();
        if (sorted.length == 0) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.allocate(sorted.length * Long.BYTES);
        for (long print : sorted) {
            buffer.putLong(print);
        }
        return buffer.array();
    }

    /** How many of the packed prints are among {@code wanted} . */
    static int shared(byte[] packed, Set<Long> wanted) {
        if (packed == null) {
            return 0;
        }
        ByteBuffer buffer = ByteBuffer.wrap(packed);
        int count = 0;
        while (buffer.remaining() >= Long.BYTES) {
            if (wanted.contains(buffer.getLong())) {
                count++;
            }
        }
        return count;
    }
}
