package parley.timeml;

import java.time.LocalDate;

/**
 * One TimeML document: its creation time and TEXT, plus the raw file around the TEXT so a writer can give it back
 * untouched.
 *
 * @param name     file name without the input suffix ("CNN_20130322_314.tml")
 * @param dct      document creation date, or null when the file has none that parses
 * @param text     the TEXT as characters (entities decoded)
 * @param before   the raw file up to and including {@code <TEXT>}
 * @param rawText  the raw TEXT content (entities as written)
 * @param after    the raw file from {@code </TEXT>} on
 */
public record TimeMlDocument(String name, LocalDate dct, String text, String before, String rawText, String after) {
}
