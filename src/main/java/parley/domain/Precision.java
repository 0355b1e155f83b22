package parley.domain;

/** How precisely a date is known, coarsest last but UNKNOWN. */
public enum Precision {
    YEAR, MONTH, DAY, HOUR, MINUTE, UNKNOWN
}
