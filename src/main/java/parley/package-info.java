/** Parley's entry point; see {@link parley.Main}. */
package parley;
