package parley.domain;

/** How an article's publication date was obtained. */
public enum DateBasis {
    /** Read from the article itself (metadata, a date line, a dateline). */
    STATED,
    /** Taken from another source that reports the same facts in near-identical words. */
    INFERRED,
    /** Set by the analyst. */
    SET_BY_USER,
    /** Not known: relative dates in the article stay unresolved. */
    UNKNOWN
}
