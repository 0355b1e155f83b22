package parley.timeline;

/** How wide a label is at the timeline's font size; an estimate keeps layout pure and testable without a toolkit. */
@FunctionalInterface
public interface TextMeasure {
    double width(String text);

    /** A slightly generous estimate for a sans-serif face of this size, so estimated labels never overlap. */
    static TextMeasure approximate(double fontSize) {
        return text -> text == null ? 0 : text.length() * fontSize * 0.58;
    }
}
