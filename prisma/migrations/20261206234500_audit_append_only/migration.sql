-- Issue 13, finding 10 (decision 0076): the audit log is append-only, as the journal is, and the viewer's filters
-- (user, action, object; newest first) are index scans however large the table grows.

CREATE INDEX "audit_event_actor_id_id_idx" ON "audit_event"("actor_id", "id");
CREATE INDEX "audit_event_action_id_idx" ON "audit_event"("action", "id");
CREATE INDEX "audit_event_subject_id_idx" ON "audit_event"("subject", "id");

-- No row is ever changed or removed, by the application included (an SQL injection or a bug cannot rewrite who
-- did what). A database owner can still drop the trigger: that is the insider the journal's published heads and
-- the database's own logs answer for (docs/SECURITY.md).
CREATE FUNCTION aiqyn_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'APPEND_ONLY: audit_event rows are never updated or deleted' USING ERRCODE = 'P0001';
END
$$;
CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event FOR EACH ROW EXECUTE FUNCTION aiqyn_audit_append_only();

-- TRUNCATE skips row triggers, so it is refused by a statement trigger of its own — except in a transaction that
-- says it empties the whole database on purpose (tests/support/reset-database.ts: SET LOCAL aiqyn.reset = 'on').
CREATE FUNCTION aiqyn_audit_no_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(current_setting('aiqyn.reset', true), '') <> 'on' THEN
    RAISE EXCEPTION 'APPEND_ONLY: audit_event is never truncated' USING ERRCODE = 'P0001';
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event FOR EACH STATEMENT EXECUTE FUNCTION aiqyn_audit_no_truncate();
