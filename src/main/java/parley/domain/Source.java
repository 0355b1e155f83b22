package parley.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One imported article.
 *
 * @param id             store id (0 before it is stored)
 * @param file           file name it was imported from (no folder)
 * @param format         how it was read: txt, md, html, pdf
 * @param title          title, or null
 * @param publisher      outlet, or null
 * @param author         author, or null
 * @param published      publication date, or null when undated
 * @param publishedBasis how the publication date was obtained
 * @param inferredFrom   the source the date was inferred from, or null
 * @param sha256         hex SHA-256 of the file's bytes
 * @param text           the article text as read; mention offsets point into it
 * @param importedAt     when it was imported
 * @param publishedSignal which signal of the file gave the date it was read with ("JSON-LD datePublished"), or null
 * @param readingNotes   what a person should know about how the file was read (signals naming another day,
 *                       attachments left out); never null
 */
public record Source(long id, String file, String format, String title, String publisher, String author,
                     LocalDate published, DateBasis publishedBasis, Long inferredFrom, String sha256,
                     String text, Instant importedAt, String publishedSignal, List<String> readingNotes) {

    public Source {
        readingNotes = readingNotes == null ? List.of() : List.copyOf(readingNotes);
    }

    /** A source with no note of how its file was read. */
    public Source(long id, String file, String format, String title, String publisher, String author,
                  LocalDate published, DateBasis publishedBasis, Long inferredFrom, String sha256,
                  String text, Instant importedAt) {
        this(id, file, format, title, publisher, author, published, publishedBasis, inferredFrom, sha256, text,
                importedAt, null, List.of());
    }

    public Source withId(long newId) {
        return new Source(newId, file, format, title, publisher, author, published, publishedBasis, inferredFrom,
                sha256, text, importedAt, publishedSignal, readingNotes);
    }

    public Source withPublished(LocalDate date, DateBasis basis, Long from) {
        return new Source(id, file, format, title, publisher, author, date, basis, from, sha256, text, importedAt,
                publishedSignal, readingNotes);
    }
}
