package parley.export;

import java.time.LocalDate;

/**
 * What an exported image shows.
 *
 * @param width  image width in pixels
 * @param height image height in pixels
 * @param from   first day shown, or null for the events' first date
 * @param to     last day shown, or null for the events' last date
 * @param title  heading drawn on the image, or null
 */
public record ExportOptions(int width, int height, LocalDate from, LocalDate to, String title) {
}
