-- The timeline's rows (every event without its sentences, as EventStore.timelineEvents() returns them) packed into
-- a few binary parts, so a launch reads them in one go instead of scanning four tables (TimelineCache). Each part
-- carries the store_revision it was built at: a row is used only while that is still the store's revision, and
-- every write that changes anything raises it, so the cache can be out of date but never be read stale. A
-- migration that is applied empties it (Schema). Portable SQL for H2 and PostgreSQL (${bytes} as in V5).
CREATE TABLE timeline_cache (
    part     INTEGER PRIMARY KEY,
    revision BIGINT  NOT NULL,
    data     ${bytes} NOT NULL
);
