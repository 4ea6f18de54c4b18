CREATE OR REPLACE TRIGGER contract_item_billed BEFORE INSERT ON contract_item FOR EACH ROW EXECUTE FUNCTION aiqyn_contract_item_billed();
