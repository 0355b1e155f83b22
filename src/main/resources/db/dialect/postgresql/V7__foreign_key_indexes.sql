-- PostgreSQL only: the indexes H2 gives by itself to the foreign keys V1 declared inside CREATE TABLE (H2 indexes
-- every foreign key; PostgreSQL indexes none). With them both stores hold the same indexes (SchemaParityTest), and
-- deleting a source or an entity finds the rows that point at it without reading the whole table.
CREATE INDEX sources_by_inferred_from ON sources (inferred_from);
CREATE INDEX entity_aliases_by_entity ON entity_aliases (entity_id);
CREATE INDEX event_tombstones_by_source ON event_tombstones (source_id);
