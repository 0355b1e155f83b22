package parley.store;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An event's participants as one value of its row (schema version 13): for each, in order, the entity's id, the role
 * by name and the title the article gave. A row apiece in {@code event_participants}, with an entry in two indexes,
 * had been the largest share of an import's writes (a third of the storing thread with the mentions; issue 17).
 * The entity's name and kind stay in {@code entities}, looked up by id when the event is read.
 */
final class PackedParticipants {
    /** The first byte: the layout below, so a later one can be told apart. */
    private static final int LAYOUT = 1;

    private PackedParticipants() {
    }

    /** One participant as packed: who (the entity's id), the role's name, the title (may be null). */
    record Packed(long entityId, String role, String title) {
    }

    /** The participants packed, or null for none. */
    static byte[] pack(List<Packed> participants) {
        if (participants == null || participants.isEmpty()) {
            return null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 + participants.size() * 24);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(LAYOUT);
            out.writeInt(participants.size());
            for (Packed p : participants) {
                out.writeLong(p.entityId());
                string(out, p.role());
                string(out, p.title());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen in memory
        }
        return bytes.toByteArray();
    }

    /** What {@link #pack} packed, in order; empty for null. */
    static List<Packed> unpack(byte[] packed) {
        if (packed == null || packed.length == 0) {
            return List.of();
        }
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(packed))) {
            int layout = in.readUnsignedByte();
            if (layout != LAYOUT) {
                throw new StoreException("An event's participants are packed in layout " + layout
                        + ", which this version of Parley cannot read.");
            }
            int n = in.readInt();
            List<Packed> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                list.add(new Packed(in.readLong(), string(in), string(in)));
            }
            return list;
        } catch (IOException e) {
            throw new StoreException("An event's participants could not be read: " + e.getMessage(), e);
        }
    }

    /** Length-prefixed UTF-8 (-1 for null): unlike writeUTF, no 64 KB limit on a title. */
    private static void string(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String string(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        byte[] utf8 = new byte[length];
        in.readFully(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
