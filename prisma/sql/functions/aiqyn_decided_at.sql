-- Dates an invoice decision at the moment it was taken when history is replayed: the import (and the demo seed)
-- set aiqyn.decided_at in the approval's transaction (set_config(..., true): that transaction only;
-- lib/ledger/history-moment.ts). A payment released by the decision may be dated later (aiqyn.history_at, the
-- bundle's paid_at). The trigger fires only when the setting is non-empty: a screen's decisions keep the database
-- clock. Decision 0166.
CREATE OR REPLACE FUNCTION aiqyn_decided_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.decided_at := current_setting('aiqyn.decided_at')::timestamptz;
  RETURN NEW;
END
$$;
