/**
 * The store: sources, sentence fingerprints, events with participants, mentions and disagreements, and entities
 * with aliases, in an embedded H2 database or, for a desk of analysts, a PostgreSQL team store
 * ({@link parley.store.PostgresEventStore}: the same SQL and migrations, plus {@code db/dialect/postgresql}).
 *
 * <ul>
 *   <li>{@link parley.store.H2EventStore#open} opens (creating) the store in a folder: owner-only permissions, one
 *       process at a time (a second open fails with a plain sentence, see {@link parley.store.StoreException}).</li>
 *   <li>{@link parley.store.SqlEventStore} implements {@link parley.domain.EventStore} with portable SQL through
 *       prepared statements only; the schema comes from versioned Flyway migrations in {@code db/migration}, whose
 *       only database-specific words are the long-text and binary types ({@code Schema}; version 5 is a Java
 *       migration, {@code PackPrintsMigration}). The same code runs on PostgreSQL.</li>
 *   <li>One transaction per {@code write} call, writers take turns; reads use pooled connections and see committed
 *       data only, from any thread.</li>
 *   <li>An existing store is first looked at read-only: one written by a newer Parley, or with a failed upgrade, is
 *       refused untouched; before an upgrade the store is copied to {@code parley-backup-V<n>-<time>.zip}
 *       ({@code StoreBackup}, the last three kept).</li>
 *   <li>A failure of the store itself (disk full, lost file, database closed after an I/O error) is a
 *       {@link parley.store.StoreUnavailableException}, so an import can stop instead of failing file after file.</li>
 *   <li>An import writes through savepoints ({@code Transaction.atomically}), batches of events with their children,
 *       in-transaction lookups and event outlines for its in-memory merge index ({@code OutlineRows}); migration V3
 *       indexes sources by publication date and hands out event and source ids in blocks. Every index entry costs
 *       an import twice (written, then settled at commit), so V4 leaves each child table one index per foreign key
 *       and V5 packs a source's sentence prints into its row ({@code PackedPrints}); an update writes only the
 *       children that grew, and leaves the event's row alone when its fields did not change.</li>
 *   <li>Events are read in a handful of set-based queries however many there are; a time window is answered from
 *       the index on the first day each event may stand for, bounded by the longest span. The whole store is read in table scans
 *       sorted in memory ({@code AllEventsReader}), with or without the mentions' sentences (the timeline's rows,
 *       {@code timelineEvents()}); {@code timelineOutline()} scans the events table alone for the launch's first
 *       frame. Migration V11 keeps the timeline rows packed ({@code TimelineCache}) under the
 *       {@code store_revision} they were read at, used only while it is still the store's: a launch reads them in one
 *       go.</li>
 *   <li>Analyst review (migration V2): {@code confirmed}/{@code edited} flags on events, tombstones of deleted
 *       events and the edit log ({@code ReviewRows}); machine re-extraction never removes the sentences of a
 *       confirmed or edited event.</li>
 *   <li>Concurrent writers (migration V10): {@code events.version} rises with every change of an event's fields,
 *       participants or flags; an edit locks the row it reads ({@code Transaction.lockEvent}) and is refused with an
 *       {@link parley.domain.EventChangedException} against a version someone else replaced
 *       ({@code expectVersion}); an import's row rewrite is refused (a conflict, retried) when the row changed since
 *       it read it, while sentences alone are added without a new version. Every changing write raises
 *       {@code store_revision} before its commit and, on PostgreSQL, NOTIFYs {@code parley_changes}
 *       ({@link parley.store.ChangeFeed}, behind {@code EventStore.onChange}).</li>
 * </ul>
 * Nothing outside this package sees SQL.
 */
package parley.store;
