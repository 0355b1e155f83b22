package parley.domain;

/**
 * An article as read from a file, before extraction.
 *
 * @param file      file name (no folder)
 * @param format    txt, md, html or pdf
 * @param sha256    hex SHA-256 of the file's bytes
 * @param text      the text as read (for HTML: the article body and captions, not the page). Furniture that
 *                  survives in plain text (appeals, "Read more" lines) stays in it; the extractor skips it.
 * @param title     title, or null
 * @param publisher outlet, or null
 * @param author    author, or null
 * @param published publication date read from the article, or null
 * @param publishedSignal which signal of the file gave the date ("JSON-LD datePublished", "wire dateline (year
 *                  from the copyright line)"), or null when undated
 * @param notes     what a person should know about how the file was read: signals that name another publication
 *                  day ("date in the URL says 2025-05-13"), parts left out ("attachment ignored: photo.jpg")
 */
public record Article(String file, String format, String sha256, String text, String title, String publisher,
                      String author, java.time.LocalDate published, String publishedSignal,
                      java.util.List<String> notes) {

    public Article {
        notes = notes == null ? java.util.List.of() : java.util.List.copyOf(notes);
    }

    /** An article whose date (if any) comes with no note of where it was read. */
    public Article(String file, String format, String sha256, String text, String title, String publisher,
                   String author, java.time.LocalDate published) {
        this(file, format, sha256, text, title, publisher, author, published, null, java.util.List.of());
    }

    /** A character range [start, end) of a text. */
    public record Span(int start, int end) {
        public boolean contains(int offset) {
            return offset >= start && offset < end;
        }
    }
}
