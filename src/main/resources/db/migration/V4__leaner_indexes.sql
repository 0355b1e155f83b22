-- Fewer index entries per stored row (portable SQL for H2 and PostgreSQL; ${text} as in V1).
--
-- H2 gives every foreign key an index of exactly its columns, and V1 declared the keys inside CREATE TABLE, before
-- any other index existed: each child table carried a primary key, an automatic index per foreign key and the
-- explicit index beside it (a mention was written into five maps, a participant into five). Every entry costs an
-- import twice, once written and once when the commit settles it, so these were most of an import's time. The child
-- tables are rebuilt here with one index per foreign key, created before the key so H2 takes it as the key's own
-- (PostgreSQL needs them anyway: its foreign keys bring no index). The composite primary keys go: Parley numbers
-- children itself, never looks one up by (event, number), and its reads order by event and number. Two event
-- indexes no query uses go too. Sentence prints move into their source's row in version 5.

CREATE TABLE event_participants_v4 (
    event_id         BIGINT      NOT NULL,
    seq_no           INTEGER     NOT NULL,
    entity_id        BIGINT      NOT NULL,
    participant_role VARCHAR(16) NOT NULL,
    title            ${text}
);
INSERT INTO event_participants_v4 (event_id, seq_no, entity_id, participant_role, title)
    SELECT event_id, seq_no, entity_id, participant_role, title FROM event_participants ORDER BY event_id, seq_no;
DROP TABLE event_participants;
ALTER TABLE event_participants_v4 RENAME TO event_participants;
CREATE INDEX event_participants_by_event ON event_participants (event_id);
CREATE INDEX event_participants_by_entity ON event_participants (entity_id);
ALTER TABLE event_participants ADD CONSTRAINT event_participants_event_fk
    FOREIGN KEY (event_id) REFERENCES events (id) ON DELETE CASCADE;
ALTER TABLE event_participants ADD CONSTRAINT event_participants_entity_fk
    FOREIGN KEY (entity_id) REFERENCES entities (id);

CREATE TABLE mentions_v4 (
    event_id     BIGINT  NOT NULL,
    seq_no       INTEGER NOT NULL,
    source_id    BIGINT  NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    sentence     ${text},
    contribution ${text}
);
INSERT INTO mentions_v4 (event_id, seq_no, source_id, start_offset, end_offset, sentence, contribution)
    SELECT event_id, seq_no, source_id, start_offset, end_offset, sentence, contribution FROM mentions
    ORDER BY event_id, seq_no;
DROP TABLE mentions;
ALTER TABLE mentions_v4 RENAME TO mentions;
CREATE INDEX mentions_by_event ON mentions (event_id);
CREATE INDEX mentions_by_source ON mentions (source_id);
ALTER TABLE mentions ADD CONSTRAINT mentions_event_fk
    FOREIGN KEY (event_id) REFERENCES events (id) ON DELETE CASCADE;
ALTER TABLE mentions ADD CONSTRAINT mentions_source_fk
    FOREIGN KEY (source_id) REFERENCES sources (id);

CREATE TABLE event_disagreements_v4 (
    event_id BIGINT  NOT NULL,
    seq_no   INTEGER NOT NULL,
    note     ${text} NOT NULL
);
INSERT INTO event_disagreements_v4 (event_id, seq_no, note)
    SELECT event_id, seq_no, note FROM event_disagreements ORDER BY event_id, seq_no;
DROP TABLE event_disagreements;
ALTER TABLE event_disagreements_v4 RENAME TO event_disagreements;
CREATE INDEX event_disagreements_by_event ON event_disagreements (event_id);
ALTER TABLE event_disagreements ADD CONSTRAINT event_disagreements_event_fk
    FOREIGN KEY (event_id) REFERENCES events (id) ON DELETE CASCADE;

-- The foreign key on source_id has an index of its own already.
DROP INDEX event_tombstones_by_source;

-- Window queries bound start_day (events_by_start); the review queue is read from memory.
DROP INDEX events_by_last;
DROP INDEX events_by_review;
