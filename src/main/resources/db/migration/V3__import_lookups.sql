-- Lookups an import makes for every article (portable SQL for H2 and PostgreSQL).

-- Every dated article asks whether undated ones share its sentences (to lend them its date): with this index the
-- usual answer, "there are no undated articles", costs one index probe instead of a join over shared sentences.
CREATE INDEX sources_by_published ON sources (published);

-- Ids handed out ahead in blocks: H2 writes a sequence's state to disk (a commit of its own, which writes every
-- changed page to the file at once under WRITE_DELAY=0) every time its block runs out, and its default block of 32
-- ids ran out every second article of an import (a third of the import's commit time). A crash may skip the rest
-- of a block; ids stay unique and in insertion order.
ALTER TABLE events ALTER COLUMN id SET CACHE 10000;
ALTER TABLE sources ALTER COLUMN id SET CACHE 1000;
ALTER TABLE entities ALTER COLUMN id SET CACHE 1000;
