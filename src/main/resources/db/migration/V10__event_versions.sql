-- Concurrent writers (portable SQL for H2 and PostgreSQL).
--
-- version: raised by one whenever an event's fields, participants or review flags change, so an edit made against
-- the version its analyst saw is refused once someone else saved another (optimistic concurrency; the message names
-- changed_by and changed_at). An import that only adds sentences to an event leaves its version alone: the analyst's
-- edit and the import's sentences both stay.
ALTER TABLE events ADD COLUMN version INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE events ADD COLUMN changed_by VARCHAR(200);
ALTER TABLE events ADD COLUMN changed_at TIMESTAMP WITH TIME ZONE;

-- One row counting the store's committed writes: every write that changed something raises it just before it
-- commits, so an open window can tell by one read that another process wrote (the team store also says so at once
-- with NOTIFY; this counter is what a window polls when it cannot listen).
CREATE TABLE store_revision (
    id       INTEGER PRIMARY KEY,
    revision BIGINT  NOT NULL
);
INSERT INTO store_revision (id, revision) VALUES (1, 0);
