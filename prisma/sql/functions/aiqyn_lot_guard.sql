-- A lot's amount and origin never change; only what remains of it goes down as it is consumed.
CREATE OR REPLACE FUNCTION aiqyn_lot_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'APPEND_ONLY: lot rows are never deleted'
      USING ERRCODE = 'LH001', DETAIL = jsonb_build_object('table', TG_TABLE_NAME, 'operation', TG_OP)::text;
  END IF;
  IF NEW.amount_tiyn <> OLD.amount_tiyn OR NEW.account_id <> OLD.account_id OR NEW.transfer_id <> OLD.transfer_id
     OR NEW.colour_id <> OLD.colour_id OR NEW.remaining_tiyn > OLD.remaining_tiyn THEN
    RAISE EXCEPTION 'APPEND_ONLY: a lot only ever decreases what remains of it'
      USING ERRCODE = 'LH001', DETAIL = jsonb_build_object('table', TG_TABLE_NAME, 'operation', TG_OP, 'lot', OLD.id)::text;
  END IF;
  RETURN NEW;
END
$$;
