-- Dates a row of history at the moment it happened rather than when it was written: the import and the demo seed
-- replay history inside a transaction that has set aiqyn.history_at (set_config(..., true): that transaction only;
-- lib/ledger/history-moment.ts). The triggers that run this fire only when the setting is non-empty, so a
-- screen's writes keep the database clock. Decision 0144.
CREATE OR REPLACE FUNCTION aiqyn_history_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.created_at := current_setting('aiqyn.history_at')::timestamptz;
  RETURN NEW;
END
$$;
