/**
 * Text mechanics for extraction: tokens with offsets, a one-pass phrase matcher for the gazetteer and lexicons,
 * sentence splitting, quotation masking, page-furniture detection and photo-caption lines ({@code CaptionLines}).
 */
package parley.extract.text;
