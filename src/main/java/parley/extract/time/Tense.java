package parley.extract.time;

/** The time a clause speaks about, which decides the direction a bare weekday or month resolves in. */
public enum Tense {
    PAST, PRESENT, FUTURE;
}
