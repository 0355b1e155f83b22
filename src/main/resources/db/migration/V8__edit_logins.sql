-- Who made an edit on a team store: edit_records.made_by is the OS user of the analyst's machine; made_by_login is
-- the database login the edit was written with (null on the embedded store, which has no logins).
-- Portable SQL for H2 and PostgreSQL. Version numbers are shared with db/dialect/*: 6 and 7 are PostgreSQL's own.
ALTER TABLE edit_records ADD COLUMN made_by_login VARCHAR(200);
