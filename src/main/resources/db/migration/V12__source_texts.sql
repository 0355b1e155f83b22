-- Article texts in a table of their own, as text in the row (portable SQL for H2 and PostgreSQL; ${text} as in V1).
--
-- H2 keeps every CLOB longer than a few hundred bytes in its LOB store, and writes each one twice on insert: once as
-- a temporary LOB, then as the table's copy, the temporary one queued for removal. Until the group's commit frees it,
-- every statement's end hands H2's LOB cleaner a task it refuses with an exception: the source's body was a tenth of
-- the import's storing thread (issue 17's profile). A text of up to 65,536 characters (SourceRows) is now kept here,
-- and its source's body is left empty; a longer one stays in sources.body as before, and so do the texts stored
-- before this version: a source's text is its row here when it has one, else its body. Not a column of sources:
-- H2 reads a row whole, and the list of sources (read at every launch) would read every text with it.
CREATE TABLE source_texts (
    source_id BIGINT  NOT NULL PRIMARY KEY,
    body      ${text} NOT NULL
);
ALTER TABLE source_texts ADD CONSTRAINT source_texts_source_fk
    FOREIGN KEY (source_id) REFERENCES sources (id) ON DELETE CASCADE;
