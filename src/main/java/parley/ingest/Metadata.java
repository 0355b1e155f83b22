package parley.ingest;

import java.time.LocalDate;

/** What is known about an article besides its text; any part may be null. */
record Metadata(String title, String publisher, String author, LocalDate published) {
    static final Metadata NONE = new Metadata(null, null, null, null);

    /** Keeps what this has and takes the rest from {@code fallback}: earlier rules win. */
    Metadata orElse(Metadata fallback) {
        return new Metadata(title != null ? title : fallback.title,
                publisher != null ? publisher : fallback.publisher,
                author != null ? author : fallback.author,
                published != null ? published : fallback.published);
    }

    Metadata withTitle(String t) {
        return new Metadata(t, publisher, author, published);
    }
}
