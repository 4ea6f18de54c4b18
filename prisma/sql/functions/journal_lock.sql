-- Locks a journal chain's head row (creating it on first use). Locking the head orders writers of that chain only;
-- other colours' chains are not held up. ledger_post takes it before it reads the colour: a freeze, also journalled in
-- the colour's chain, is then strictly before or after a payment — without a share lock on the colour row, which
-- would cost a tuple write per payment.
CREATE OR REPLACE FUNCTION journal_lock(p_chain integer) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM journal_head WHERE chain = p_chain FOR UPDATE;
  IF NOT FOUND THEN
    INSERT INTO journal_head (chain, seq, hash) VALUES (p_chain, 0, repeat('0', 64)) ON CONFLICT (chain) DO NOTHING;
    PERFORM 1 FROM journal_head WHERE chain = p_chain FOR UPDATE;
  END IF;
END
$$;
