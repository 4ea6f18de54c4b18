-- Refuses any change to a row of a history table: postings, lineage, rule versions, the journal, estimate
-- versions, case events, freezes and journal publications are append-only for everyone, the application included
-- (a posting is corrected by a reversal).
CREATE OR REPLACE FUNCTION aiqyn_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'APPEND_ONLY: % rows are never updated or deleted; correct a posting with a reversal', TG_TABLE_NAME
    USING ERRCODE = 'LH001', DETAIL = jsonb_build_object('table', TG_TABLE_NAME, 'operation', TG_OP)::text;
END
$$;
