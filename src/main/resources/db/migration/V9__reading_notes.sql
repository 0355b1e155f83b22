-- How a source's file was read: the signal that gave its publication date ("JSON-LD datePublished", "wire dateline
-- (year from the copyright line)") and notes a person should see in the source's details (signals naming another
-- day, attachments left out), one per line. Portable SQL for H2 and PostgreSQL (${text} as in V1).
ALTER TABLE sources ADD COLUMN published_signal VARCHAR(200);
ALTER TABLE sources ADD COLUMN reading_notes ${text};
