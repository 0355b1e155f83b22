-- PostgreSQL only (the embedded H2 store keeps V3's blocks of ids).
--
-- V3 hands ids out in blocks because H2 writes a sequence's state to disk each time a block runs out. PostgreSQL's
-- sequence cache is per connection instead: each of a pool's connections (and each analyst's Parley) would hold
-- its own block of 10,000, so ids would jump about and stop following the order rows were written in. A
-- PostgreSQL sequence step costs no disk write of its own, so ids are handed out one at a time again.
ALTER TABLE events ALTER COLUMN id SET CACHE 1;
ALTER TABLE sources ALTER COLUMN id SET CACHE 1;
ALTER TABLE entities ALTER COLUMN id SET CACHE 1;
