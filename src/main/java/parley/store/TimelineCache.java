package parley.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import parley.domain.DateDerivation;
import parley.domain.EntityKind;
import parley.domain.Event;
import parley.domain.EventDate;
import parley.domain.EventStatus;
import parley.domain.EventType;
import parley.domain.Mention;
import parley.domain.Participant;
import parley.domain.Precision;
import parley.domain.Role;

/**
 * The timeline's rows ({@link parley.domain.EventStore#timelineEvents()}) packed into a few binary parts of the
 * {@code timeline_cache} table (migration V11), so a launch reads them in one go: at 100,000 events the four table
 * scans of {@link AllEventsReader} took 3-5 s on a 2-core laptop, the packed rows (about 8 MB) a few hundred ms.
 *
 * <p>Never stale: every part carries the {@code store_revision} it was built at, and it is read only in the same
 * snapshot as that revision and only when the two are equal. Every write that changes anything raises the revision
 * ({@link ChangeFeed#committing}), and an applied migration empties the table ({@link Schema}), so a changed store
 * simply finds no cache and reads the tables (and keeps a new one, see {@link SqlEventStore#timelineEvents()}).
 *
 * <p>The format: a format number, the Parley version, the count, then each event's fields as variable-length numbers; strings appear
 * once and are afterwards referred to by number (places, offices, names and date phrases repeat across thousands of
 * rows). Mentions keep their source and offsets, not their sentence, as the timeline's rows do.
 */
final class TimelineCache {
    /** Raised whenever the layout below changes: a cache of another format is not read. */
    static final int FORMAT = 1;
    /**
     * The Parley version that packed the rows: another version reads the tables once and packs them again, so rows
     * read by an older build's code are never shown by a newer one.
     */
    static final String BUILD = buildVersion();
    /** Bytes per row of the table: small enough for any driver to hand over at once. */
    static final int PART_BYTES = 1 << 20;

    private TimelineCache() {
    }

    private static String buildVersion() {
        try (java.io.InputStream in = TimelineCache.class.getResourceAsStream("/parley/version.properties")) {
            java.util.Properties p = new java.util.Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    /** The store's revision in this transaction's snapshot. */
    static long revision(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT revision FROM store_revision WHERE id = 1")) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }

    /** True when the cache holds rows of the store's current revision, packed by this format and version. */
    static boolean current(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT revision, data FROM timeline_cache WHERE part = 0");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getLong(1) == revision(c) && ours(new In(rs.getBytes(2)));
        }
    }

    /** Reads the header: true when this format and version wrote what follows. */
    private static boolean ours(In in) {
        try {
            return in.number() == FORMAT && BUILD.equals(in.text());
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * The rows kept for {@code revision} (read in the same snapshot as it), or null when the cache is empty, of
     * another revision or format, or incomplete.
     */
    static List<Event> read(Connection c, long revision) throws SQLException {
        List<byte[]> parts = new ArrayList<>();
        int total = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT part, revision, data FROM timeline_cache ORDER BY part");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (rs.getInt(1) != parts.size() || rs.getLong(2) != revision) {
                    return null;
                }
                byte[] data = rs.getBytes(3);
                parts.add(data);
                total += data.length;
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        byte[] all = parts.size() == 1 ? parts.get(0) : new byte[total];
        if (parts.size() > 1) {
            int at = 0;
            for (byte[] p : parts) {
                System.arraycopy(p, 0, all, at, p.length);
                at += p.length;
            }
        }
        try {
            return decode(all);
        } catch (RuntimeException e) {
            return null; // a part missing or of another build: read the tables instead
        }
    }

    /**
     * Replaces the cache with these rows, read in a snapshot at {@code revision}; returns false (writing nothing)
     * when the store has moved on since, as the rows would never be read.
     */
    static boolean write(Connection c, long revision, List<Event> rows) throws SQLException {
        if (revision(c) != revision) {
            return false;
        }
        byte[] all = encode(rows);
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM timeline_cache");
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO timeline_cache (part, revision, data) VALUES (?, ?, ?)")) {
            for (int part = 0, at = 0; at < all.length; part++, at += PART_BYTES) {
                ps.setInt(1, part);
                ps.setLong(2, revision);
                ps.setBytes(3, Arrays.copyOfRange(all, at, Math.min(all.length, at + PART_BYTES)));
                ps.executeUpdate();
            }
        }
        return true;
    }

    /** Empties the cache (after a migration, which may change rows without raising the revision). */
    static void clear(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM timeline_cache");
        }
    }

    static byte[] encode(List<Event> rows) {
        Out out = new Out(rows.size() * 96 + 64);
        out.number(FORMAT);
        out.text(BUILD);
        out.number(rows.size());
        for (Event e : rows) {
            EventDate d = e.date();
            DateDerivation dd = e.derivation();
            int flags = (d.start() != null ? 1 : 0) | (d.time() != null ? 2 : 0) | (d.end() != null ? 4 : 0)
                    | (dd != null ? 8 : 0) | (e.confirmed() ? 16 : 0) | (e.edited() ? 32 : 0);
            out.signed(e.id());
            out.number(flags);
            out.number(e.type().ordinal());
            out.number(e.status().ordinal());
            out.number(d.precision().ordinal());
            out.signed(e.version());
            out.text(e.title());
            out.text(e.location());
            if (d.start() != null) {
                out.signed(d.start().toEpochDay());
            }
            if (d.time() != null) {
                out.signed(d.time().toNanoOfDay());
            }
            if (d.end() != null) {
                out.signed(d.end().toEpochDay());
            }
            if (dd != null) {
                out.text(dd.phrase());
                out.text(dd.anchor());
                out.text(dd.rule());
                out.text(dd.result());
            }
            out.number(e.participants().size());
            for (Participant p : e.participants()) {
                out.text(p.name());
                out.number(p.kind().ordinal());
                out.text(p.title());
                out.number(p.role().ordinal());
            }
            out.number(e.mentions().size());
            for (Mention m : e.mentions()) {
                out.signed(m.sourceId());
                out.signed(m.start());
                out.signed(m.end());
            }
            out.number(e.disagreements().size());
            for (String note : e.disagreements()) {
                out.text(note);
            }
        }
        return out.bytes();
    }

    static List<Event> decode(byte[] bytes) {
        In in = new In(bytes);
        if (!ours(in)) {
            throw new IllegalStateException("another format or build");
        }
        int n = in.number();
        EventType[] types = EventType.values();
        EventStatus[] statuses = EventStatus.values();
        Precision[] precisions = Precision.values();
        EntityKind[] kinds = EntityKind.values();
        Role[] roles = Role.values();
        Event[] events = new Event[n];
        for (int i = 0; i < n; i++) {
            long id = in.signed();
            int flags = in.number();
            EventType type = types[in.number()];
            EventStatus status = statuses[in.number()];
            Precision precision = precisions[in.number()];
            long version = in.signed();
            String title = in.text();
            String location = in.text();
            LocalDate start = (flags & 1) != 0 ? LocalDate.ofEpochDay(in.signed()) : null;
            LocalTime time = (flags & 2) != 0 ? LocalTime.ofNanoOfDay(in.signed()) : null;
            LocalDate end = (flags & 4) != 0 ? LocalDate.ofEpochDay(in.signed()) : null;
            DateDerivation derivation = (flags & 8) != 0
                    ? new DateDerivation(in.text(), in.text(), in.text(), in.text()) : null;
            Participant[] people = new Participant[in.number()];
            for (int k = 0; k < people.length; k++) {
                people[k] = new Participant(in.text(), kinds[in.number()], in.text(), roles[in.number()]);
            }
            Mention[] mentions = new Mention[in.number()];
            for (int k = 0; k < mentions.length; k++) {
                mentions[k] = new Mention(in.signed(), (int) in.signed(), (int) in.signed(), null, null);
            }
            String[] notes = new String[in.number()];
            for (int k = 0; k < notes.length; k++) {
                notes[k] = in.text();
            }
            events[i] = new Event(id, type, title, new EventDate(start, precision, time, end), derivation, location,
                    status, List.of(people), List.of(mentions), List.of(notes), (flags & 16) != 0,
                    (flags & 32) != 0, version);
        }
        if (!in.atEnd()) {
            throw new IllegalStateException("trailing bytes");
        }
        return Arrays.asList(events);
    }

    /** A growing byte buffer of variable-length numbers and numbered strings. */
    private static final class Out {
        private byte[] buf;
        private int size;
        /** Strings written so far, by number: a repeat is written as its number. */
        private final Map<String, Integer> known = new HashMap<>();

        Out(int capacity) {
            buf = new byte[capacity];
        }

        /** 0 for null; k for the (k-1)th string already written; the next number followed by a new string. */
        void text(String s) {
            if (s == null) {
                number(0);
                return;
            }
            Integer at = known.putIfAbsent(s, known.size() + 1);
            if (at != null) {
                number(at);
                return;
            }
            number(known.size());
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            number(utf8.length);
            room(utf8.length);
            System.arraycopy(utf8, 0, buf, size, utf8.length);
            size += utf8.length;
        }

        void signed(long v) {
            long zigzag = (v << 1) ^ (v >> 63);
            room(10);
            while ((zigzag & ~0x7FL) != 0) {
                buf[size++] = (byte) ((zigzag & 0x7F) | 0x80);
                zigzag >>>= 7;
            }
            buf[size++] = (byte) zigzag;
        }

        void number(int v) {
            if (v < 0) {
                throw new IllegalArgumentException("negative count " + v);
            }
            room(5);
            while ((v & ~0x7F) != 0) {
                buf[size++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            buf[size++] = (byte) v;
        }

        private void room(int more) {
            if (size + more > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
            }
        }

        byte[] bytes() {
            return Arrays.copyOf(buf, size);
        }
    }

    private static final class In {
        private final byte[] buf;
        private int at;
        private String[] strings = new String[256];
        private int strings0;

        In(byte[] buf) {
            this.buf = buf;
        }

        String text() {
            int code = number();
            if (code == 0) {
                return null;
            }
            if (code <= strings0) {
                return strings[code - 1];
            }
            if (code != strings0 + 1) {
                throw new IllegalStateException("string " + code + " out of order");
            }
            int length = number();
            String s = new String(buf, at, length, StandardCharsets.UTF_8);
            at += length;
            if (strings0 == strings.length) {
                strings = Arrays.copyOf(strings, strings.length * 2);
            }
            strings[strings0++] = s;
            return s;
        }

        /** A zig-zag varint: small negative and positive numbers both take few bytes. */
        long signed() {
            long v = varint();
            return (v >>> 1) ^ -(v & 1);
        }

        int number() {
            return (int) varint();
        }

        private long varint() {
            long v = 0;
            int shift = 0;
            byte b;
            do {
                b = buf[at++];
                v |= (long) (b & 0x7F) << shift;
                shift += 7;
            } while ((b & 0x80) != 0);
            return v;
        }

        boolean atEnd() {
            return at == buf.length;
        }
    }
}
