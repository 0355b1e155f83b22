package parley.ingest;

import java.time.LocalDate;

/** What is known about an article besides its text; any part may be null (the dating is never null). */
record Metadata(String title, String publisher, String author, DateSignals.Dating dating) {
    static final Metadata NONE = new Metadata(null, null, null, DateSignals.Dating.NONE);

    Metadata {
        dating = dating == null ? DateSignals.Dating.NONE : dating;
    }

    /** The publication date, or null. */
    LocalDate published() {
        return dating.date();
    }

    /** Keeps what this has and takes the rest from {@code fallback}: earlier rules win. */
    Metadata orElse(Metadata fallback) {
        return new Metadata(title != null ? title : fallback.title,
                publisher != null ? publisher : fallback.publisher,
                author != null ? author : fallback.author,
                dating.date() != null ? dating : fallback.dating);
    }

    Metadata withTitle(String t) {
        return new Metadata(t, publisher, author, dating);
    }

    Metadata withPublisher(String p) {
        return new Metadata(title, p, author, dating);
    }

    Metadata withAuthor(String a) {
        return new Metadata(title, publisher, a, dating);
    }

    Metadata withDating(DateSignals.Dating d) {
        return new Metadata(title, publisher, author, d);
    }
}
