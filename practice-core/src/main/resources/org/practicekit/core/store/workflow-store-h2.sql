-- PracticeKit workflow records, H2 dialect. One row per engine record (an intake case, a waitlist
-- entry, ...). ${table} is replaced by the configured table name (default practicekit_workflow_record).
--   kind        the engine's record kind ("intake-case"), at most 64 characters
--   id          the record id within its kind, at most 128 characters
--   version     optimistic version: 1 on insert, +1 on every update (UPDATE ... WHERE version = ?)
--   payload     the engine's encoded state (text; may contain PHI, so protect the database as PHI)
--   updated_at  when the row was last written, from the store's clock
--   due_at      when the record is next due (the due index): NULL when closed, never read by due();
--               1970-01-01 for "due on every call" (writes that say nothing, rows written before the index);
--               a claimed row's due_at is moved to the end of its lease so other instances skip it
CREATE TABLE IF NOT EXISTS ${table} (
    kind       VARCHAR(64)              NOT NULL,
    id         VARCHAR(128)             NOT NULL,
    version    BIGINT                   NOT NULL,
    payload    CLOB                     NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ${table}_pk PRIMARY KEY (kind, id)
);
ALTER TABLE ${table} ADD COLUMN IF NOT EXISTS due_at TIMESTAMP WITH TIME ZONE DEFAULT TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00';
CREATE INDEX IF NOT EXISTS ${table}_due ON ${table} (kind, due_at)
