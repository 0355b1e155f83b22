package parley.timeml;

/**
 * A TIMEX3 over a document's TEXT.
 *
 * @param start offset of its first character in the TEXT (decoded, as a reader sees it)
 * @param end   offset just past it
 * @param type  DATE, TIME, DURATION or SET
 * @param value its TIMEX3 value ("2013-03-22", "P3Y", "PRESENT_REF", ...)
 */
public record Timex3(int start, int end, String type, String value) {
}
