-- A later schema version that fails half-way, for tests only.
CREATE TABLE half_done (id INTEGER PRIMARY KEY);
INSERT INTO no_such_table VALUES (1);
