-- The other half of lot_guard.sql: an update of a lot that changes its amount, account, transfer or colour, or raises
-- what remains of it, is refused by aiqyn_lot_guard(). Only such an update calls the function.
CREATE OR REPLACE TRIGGER lot_guard_update BEFORE UPDATE ON lot FOR EACH ROW
  WHEN (NEW.amount_tiyn IS DISTINCT FROM OLD.amount_tiyn OR NEW.account_id IS DISTINCT FROM OLD.account_id
        OR NEW.transfer_id IS DISTINCT FROM OLD.transfer_id OR NEW.colour_id IS DISTINCT FROM OLD.colour_id
        OR NEW.remaining_tiyn > OLD.remaining_tiyn)
  EXECUTE FUNCTION aiqyn_lot_guard();
