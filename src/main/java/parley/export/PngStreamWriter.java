package parley.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes an opaque 8-bit RGB PNG row by row, so an image far larger than the heap can afford (20,000×2,000 pixels is
 * 160 MB as ARGB ints) never exists whole: the exporter hands over each band of rows as its tiles are drawn. ImageIO
 * needs the whole image (or a hand-made {@code RenderedImage}) and tries five filters per row at a slow deflate level;
 * an export is flat colour and text, for which the "up" filter and the fastest deflate level give a small file in a
 * fraction of the time. Format: PNG specification (ISO/IEC 15948), chunks IHDR, IDAT..., IEND.
 */
final class PngStreamWriter implements AutoCloseable {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /** Bytes of compressed data per IDAT chunk. */
    private static final int CHUNK = 1 << 16;
    private static final int FILTER_UP = 2;

    private final OutputStream out;
    private final int width;
    private final int height;
    private final Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    private final DeflaterOutputStream idat;
    private byte[] previous;
    private byte[] current;
    private final byte[] filtered;
    private int rowsWritten;

    PngStreamWriter(OutputStream out, int width, int height) throws IOException {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("image size must be positive");
        }
        this.out = out;
        this.width = width;
        this.height = height;
        this.previous = new byte[width * 3];
        this.current = new byte[width * 3];
        this.filtered = new byte[1 + width * 3];
        out.write(SIGNATURE);
        ByteArrayOutputStream header = new ByteArrayOutputStream(13);
        writeInt(header, width);
        writeInt(header, height);
        header.write(8); // bits per sample
        header.write(2); // colour type: RGB
        header.write(0); // deflate
        header.write(0); // adaptive filtering
        header.write(0); // no interlace
        chunk("IHDR", header.toByteArray(), header.size());
        idat = new DeflaterOutputStream(new ChunkStream(), deflater, CHUNK);
    }

    /**
     * Writes {@code rows} rows from ARGB pixels ({@code pixels[offset + y * stride + x]}); alpha is dropped (the
     * exporter's images are opaque).
     */
    void writeRows(int[] pixels, int offset, int stride, int rows) throws IOException {
        if (rowsWritten + rows > height) {
            throw new IllegalStateException("more rows than the image has");
        }
        for (int y = 0; y < rows; y++) {
            int at = offset + y * stride;
            byte[] row = current;
            for (int x = 0, b = 0; x < width; x++) {
                int p = pixels[at + x];
                row[b++] = (byte) (p >> 16);
                row[b++] = (byte) (p >> 8);
                row[b++] = (byte) p;
            }
            filtered[0] = FILTER_UP;
            for (int i = 0; i < row.length; i++) {
                filtered[i + 1] = (byte) (row[i] - previous[i]);
            }
            idat.write(filtered);
            current = previous;
            previous = row;
            rowsWritten++;
        }
    }

    /** Ends the image; every row must have been written. */
    @Override
    public void close() throws IOException {
        try {
            if (rowsWritten != height) {
                throw new IllegalStateException(rowsWritten + " of " + height + " rows written");
            }
            idat.finish();
            idat.flush();
            chunk("IEND", new byte[0], 0);
            out.flush();
        } finally {
            deflater.end();
        }
    }

    private void chunk(String type, byte[] data, int length) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        writeInt(out, length);
        out.write(name);
        out.write(data, 0, length);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data, 0, length);
        writeInt(out, (int) crc.getValue());
    }

    private static void writeInt(OutputStream o, int v) throws IOException {
        o.write(v >>> 24);
        o.write(v >>> 16);
        o.write(v >>> 8);
        o.write(v);
    }

    /** Collects compressed bytes and writes them out as IDAT chunks. */
    private final class ChunkStream extends OutputStream {
        private final byte[] buffer = new byte[CHUNK];
        private int used;

        @Override
        public void write(int b) throws IOException {
            if (used == buffer.length) {
                flushChunk();
            }
            buffer[used++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                if (used == buffer.length) {
                    flushChunk();
                }
                int n = Math.min(len, buffer.length - used);
                System.arraycopy(b, off, buffer, used, n);
                used += n;
                off += n;
                len -= n;
            }
        }

        @Override
        public void flush() throws IOException {
            flushChunk();
        }

        private void flushChunk() throws IOException {
            if (used > 0) {
                chunk("IDAT", buffer, used);
                used = 0;
            }
        }
    }
}
