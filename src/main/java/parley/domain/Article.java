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
 */
public record Article(String file, String format, String sha256, String text, String title, String publisher,
                      String author, java.time.LocalDate published) {

    /** A character range [start, end) of a text. */
    public record Span(int start, int end) {
        public boolean contains(int offset) {
            return offset >= start && offset < end;
        }
    }
}
