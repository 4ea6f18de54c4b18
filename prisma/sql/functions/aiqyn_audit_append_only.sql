-- No audit row is ever changed or removed, by the application included (an SQL injection or a bug cannot rewrite
-- who did what). A database owner can still drop the trigger: that is the insider the journal's published heads and
-- the database's own logs answer for (docs/SECURITY.md, decision 0076).
CREATE OR REPLACE FUNCTION aiqyn_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'APPEND_ONLY: audit_event rows are never updated or deleted'
    USING ERRCODE = 'LH001', DETAIL = jsonb_build_object('table', TG_TABLE_NAME, 'operation', TG_OP)::text;
END
$$;
