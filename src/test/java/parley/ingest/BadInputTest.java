package parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import parley.domain.UnreadableFileException;

/** Every kind of file that is not an article gives an UnreadableFileException a person understands. */
class BadInputTest {
    @TempDir
    Path dir;

    private void assertRefused(Path file, String reason) {
        assertThatThrownBy(() -> Fixtures.READER.read(file)).isInstanceOf(UnreadableFileException.class)
                .hasMessage(reason);
    }

    @Test
    void emptyFile() {
        assertRefused(Fixtures.write(dir, "empty.txt", new byte[0]), "empty file");
    }

    @Test
    void blankFile() {
        assertRefused(Fixtures.write(dir, "blank.txt", " \r\n\t\n".getBytes(StandardCharsets.UTF_8)),
                "has no text (only blank space)");
    }

    @Test
    void pageWithoutArticleText() {
        assertRefused(Fixtures.write(dir, "shell.html",
                "<html><head><script>app()</script></head><body><nav><a href=/>Home</a></nav></body></html>"
                        .getBytes(StandardCharsets.UTF_8)), "web page has no article text");
    }

    @Test
    void pngNamedTxt() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertRefused(Fixtures.write(dir, "article.txt", png), "not a text article: looks like a PNG image");
    }

    @Test
    void jpegNamedHtml() {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};
        assertRefused(Fixtures.write(dir, "page.html", jpeg), "not a text article: looks like a JPEG image");
    }

    @Test
    void zipAndWordDocument() throws IOException {
        Path zip = dir.resolve("report.docx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("word/document.xml"));
            out.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        assertRefused(zip, "not a text article: looks like a ZIP archive (Word, OpenDocument and EPUB files are"
                + " ZIP archives too)");
    }

    @Test
    void executables() {
        byte[] elf = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        assertRefused(Fixtures.write(dir, "notes.md", elf), "not a text article: looks like an executable program (ELF)");
        byte[] pe = new byte[128];
        pe[0] = 'M';
        pe[1] = 'Z';
        assertRefused(Fixtures.write(dir, "setup.txt", pe), "not a text article: looks like a Windows program");
    }

    @Test
    void unknownBinaryData() {
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        noise[0] = 'x';
        assertRefused(Fixtures.write(dir, "noise.txt", noise), "not a text article: looks like binary data");
    }

    @Test
    void tooLargeIsRefusedBeforeReading() throws IOException {
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(512L * 1024 * 1024);
        }
        assertRefused(huge, "too large (512 MB; the limit is 20 MB)");
    }

    @Test
    void sizeLimitIsConfigurable() {
        Path p = Fixtures.write(dir, "a.txt", "Ministers met in Rome on Friday.".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> new FileArticleReader(16).read(p)).hasMessage("too large (32 bytes; the limit is 16 bytes)");
        assertThat(FileArticleReader.megabytes(1536 * 1024)).isEqualTo("1.5 MB");
        assertThat(FileArticleReader.megabytes(40 * 1024)).isEqualTo("40 KB");
        assertThatThrownBy(() -> new FileArticleReader(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void vanishedFileAndFolder() {
        assertRefused(dir.resolve("gone.txt"), "cannot be read: the file no longer exists");
        assertRefused(dir, "cannot be read: it is a folder");
    }

    @Test
    void ioProblemsBecomePlainReasons() {
        assertThat(FileArticleReader.ioReason(new AccessDeniedException("/x/a.txt")))
                .isEqualTo("cannot be read: permission denied");
        assertThat(FileArticleReader.ioReason(new NoSuchFileException("/x/a.txt")))
                .isEqualTo("cannot be read: the file no longer exists");
        assertThat(FileArticleReader.ioReason(new FileSystemException("/x/a.txt", null, "Input/output error")))
                .isEqualTo("cannot be read: input/output error");
        assertThat(FileArticleReader.ioReason(new IOException())).isEqualTo("cannot be read: IOException");
    }

    @Test
    void unreadableFileWhenPermissionsApply() throws IOException {
        Path p = Fixtures.write(dir, "secret.txt", "Ministers met.".getBytes(StandardCharsets.UTF_8));
        boolean changed = p.toFile().setReadable(false, false);
        try {
            if (changed && !Files.isReadable(p)) {
                assertRefused(p, "cannot be read: permission denied");
            } else {
                // Running as root (or on a file system without permissions): the file stays readable.
                assertThat(Fixtures.READER.read(p).text()).isEqualTo("Ministers met.");
            }
        } catch (UnreadableFileException e) {
            throw new AssertionError(e);
        } finally {
            p.toFile().setReadable(true, false);
        }
    }

    @Test
    void randomTruncationsOfAPageNeverThrowAnythingElse() {
        byte[] page = Fixtures.bytes("harbour-times-geneva.html");
        byte[] pdf = TestPdfs.text("t", "Leaders met in Rome.", "They agreed to meet again.");
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 40; i++) {
            byte[] source = i % 2 == 0 ? page : pdf;
            byte[] cut = Arrays.copyOf(source, 1 + random.nextInt(source.length - 1));
            if (i % 4 == 1) {
                cut[random.nextInt(cut.length)] ^= (byte) 0xFF;
            }
            Path p = Fixtures.write(dir, "cut" + i + (i % 2 == 0 ? ".html" : ".pdf"), cut);
            try {
                assertThat(Fixtures.READER.read(p).text()).isNotBlank();
            } catch (UnreadableFileException e) {
                assertThat(e.getMessage()).isNotBlank();
            }
        }
    }

    @Test
    void pipeIsRefusedWithoutBlocking() throws Exception {
        Path fifo = dir.resolve("pipe.txt");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            // No mkfifo (Windows): the rule is still covered by the folder case above.
            assertRefused(dir, "cannot be read: it is a folder");
            return;
        }
        assertThat(mkfifo.waitFor()).isZero();
        assertRefused(fifo, "cannot be read: not a regular file");
    }

    @Test
    void webArchiveIsRefusedWithAdvice() {
        String mhtml = "From: <Saved by Blink>\nSnapshot-Content-Location: https://news.example.invalid/a\n"
                + "Subject: Envoys meet\nMIME-Version: 1.0\nContent-Type: multipart/related;\n\ttype=\"text/html\";\n"
                + "\tboundary=\"----MultipartBoundary--abc\"\n\n------MultipartBoundary--abc\n"
                + "Content-Type: text/html\nContent-Transfer-Encoding: quoted-printable\n\n<html>=3D</html>\n";
        assertRefused(Fixtures.write(dir, "page.mhtml", mhtml.getBytes(StandardCharsets.US_ASCII)),
                "a web archive (.mhtml) is not supported: save the page as \"Web Page, HTML only\" or print it to PDF");
    }
}
