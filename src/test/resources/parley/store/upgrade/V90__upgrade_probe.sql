-- A later schema version, for tests only: proves an upgrade ran and a backup came first.
CREATE TABLE upgrade_probe (id INTEGER PRIMARY KEY);
