/**
 * Text mechanics for extraction: tokens with offsets, a one-pass phrase matcher for the gazetteer and lexicons,
 * sentence splitting, quotation masking and page-furniture detection.
 */
package parley.extract.text;
