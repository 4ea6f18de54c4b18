-- TRUNCATE skips row triggers, so it is refused by a statement trigger of its own — except in a transaction that
-- says it empties the whole database on purpose (tests/support/reset-database.ts: SET LOCAL aiqyn.reset = 'on').
CREATE OR REPLACE FUNCTION aiqyn_audit_no_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(current_setting('aiqyn.reset', true), '') <> 'on' THEN
    RAISE EXCEPTION 'APPEND_ONLY: audit_event is never truncated'
      USING ERRCODE = 'LH001', DETAIL = jsonb_build_object('table', TG_TABLE_NAME, 'operation', TG_OP)::text;
  END IF;
  RETURN NULL;
END
$$;
