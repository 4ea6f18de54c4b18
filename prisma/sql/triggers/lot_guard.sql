-- A lot is never deleted (aiqyn_lot_guard() refuses), and an update that changes more than what remains of it, or
-- raises what remains, is refused by the same function. The update's condition is the trigger's WHEN, checked
-- without calling the function: a lot consumed as the ledger means it (what remains goes down) costs no function
-- call on the payment path (decision 0298).
CREATE OR REPLACE TRIGGER lot_guard BEFORE DELETE ON lot FOR EACH ROW EXECUTE FUNCTION aiqyn_lot_guard();
