package parley.review;

import java.time.LocalDate;

import parley.domain.DateBasis;

/** Sets a source's publication date and re-resolves its events (the import use case does it). */
@FunctionalInterface
public interface SourceDating {
    void setPublicationDate(long sourceId, LocalDate date, DateBasis basis, Long inferredFrom);
}
