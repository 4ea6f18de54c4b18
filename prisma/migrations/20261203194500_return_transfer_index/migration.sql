-- Returns to the treasury are rare; the budget dashboard sums them per project account for every colour. Through
-- transfer (from_account_id, id) that read every payment a project account ever made (500 ms per query at a
-- million transfers, three such queries per page); this partial index holds only the returns.
CREATE INDEX transfer_return_from_idx ON transfer (from_account_id) WHERE kind = 'return';
