package parley.extract.time;

import java.time.LocalTime;

import parley.domain.DateDerivation;
import parley.domain.EventDate;

/**
 * A resolved time expression.
 *
 * @param date       the date it stands for (UNKNOWN for a bare time of day or when it cannot be resolved)
 * @param time       the time of day it states, or null
 * @param derivation how it was worked out, always with the phrase
 */
public record Resolution(EventDate date, LocalTime time, DateDerivation derivation) {
    public boolean resolved() {
        return date.known();
    }
}
