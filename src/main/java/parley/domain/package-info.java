/**
 * The vocabulary of Parley: sources, events, participants, mentions and dates, as plain records,
 * plus the small interfaces (ports) through which the rest of the program imports, queries and exports.
 * Nothing here knows about files, SQL or JavaFX.
 */
package parley.domain;
