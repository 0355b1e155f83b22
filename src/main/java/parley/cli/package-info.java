/**
 * The command line ({@code parley import|sources|events|export-png}), built with picocli. Commands are thin: they
 * parse, call {@link parley.core.Parley} and print.
 */
package parley.cli;
