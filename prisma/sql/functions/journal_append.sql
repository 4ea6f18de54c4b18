-- Appends one entry to a chain: hash = sha256(prev_hash|chain|seq|kind|payload), hex (lib/ledger/journal-chain.ts
-- computes the same).
CREATE OR REPLACE FUNCTION journal_append(p_chain integer, p_kind text, p_payload text) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  v_seq bigint;
  v_prev text;
  v_hash text;
BEGIN
  PERFORM journal_lock(p_chain);
  SELECT seq, hash INTO v_seq, v_prev FROM journal_head WHERE chain = p_chain;
  v_seq := v_seq + 1;
  v_hash := encode(sha256(convert_to(v_prev || '|' || p_chain::text || '|' || v_seq::text || '|' || p_kind || '|' || p_payload, 'UTF8')), 'hex');
  INSERT INTO journal_entry (chain, seq, kind, payload, prev_hash, hash) VALUES (p_chain, v_seq, p_kind, p_payload, v_prev, v_hash);
  UPDATE journal_head SET seq = v_seq, hash = v_hash, updated_at = now() WHERE chain = p_chain;
  RETURN v_seq;
END
$$;
