package parley.extract.text;

/** A text cut at its line breaks, with where each line starts in it (line-level rules work on these). */
final class TextLines {
    final String[] lines;
    final int[] starts;

    TextLines(String text) {
        lines = text.split("\n", -1);
        starts = new int[lines.length];
        for (int i = 1; i < lines.length; i++) {
            starts[i] = starts[i - 1] + lines[i - 1].length() + 1;
        }
    }
}
