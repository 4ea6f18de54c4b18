-- The ledger's invariants, enforced by the database itself (hand-written: Prisma cannot express these).
-- Money moves only through ledger_post(); the journal grows only through journal_append().

-- Backstops for what lib/ledger already checks.
ALTER TABLE account ADD CONSTRAINT account_balance_non_negative CHECK (balance_tiyn >= 0 OR holder_kind = 'issuance');
ALTER TABLE account ADD CONSTRAINT account_issuance_non_positive CHECK (holder_kind <> 'issuance' OR balance_tiyn <= 0);
ALTER TABLE transfer ADD CONSTRAINT transfer_amount_positive CHECK (amount_tiyn > 0);
ALTER TABLE transfer ADD CONSTRAINT transfer_two_accounts CHECK (from_account_id <> to_account_id);
ALTER TABLE lot ADD CONSTRAINT lot_remaining_in_range CHECK (remaining_tiyn >= 0 AND remaining_tiyn <= amount_tiyn);
ALTER TABLE lot_consumption ADD CONSTRAINT lot_consumption_positive CHECK (amount_tiyn > 0);
ALTER TABLE colour ADD CONSTRAINT colour_minted_non_negative CHECK (minted_tiyn >= 0);
ALTER TABLE budget_line ADD CONSTRAINT budget_line_appropriated_positive CHECK (appropriated_tiyn > 0);
ALTER TABLE estimate_item ADD CONSTRAINT estimate_item_positive CHECK (quantity_milli > 0 AND ceiling_unit_price_tiyn > 0);
ALTER TABLE invoice_line ADD CONSTRAINT invoice_line_positive CHECK (quantity_milli > 0 AND unit_price_tiyn > 0 AND amount_tiyn > 0);

-- FIFO needs the open lots of an account in order, quickly.
CREATE INDEX lot_open_fifo_idx ON lot (account_id, id) WHERE remaining_tiyn > 0;

-- Postings, lineage, rule versions and the journal are append-only for everyone, the application included.
CREATE FUNCTION aiqyn_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'APPEND_ONLY: % rows are never updated or deleted; correct a posting with a reversal', TG_TABLE_NAME
    USING ERRCODE = 'P0001';
END
$$;

CREATE TRIGGER transfer_append_only BEFORE UPDATE OR DELETE ON transfer FOR EACH ROW EXECUTE FUNCTION aiqyn_append_only();
CREATE TRIGGER lot_consumption_append_only BEFORE UPDATE OR DELETE ON lot_consumption FOR EACH ROW EXECUTE FUNCTION aiqyn_append_only();
CREATE TRIGGER journal_entry_append_only BEFORE UPDATE OR DELETE ON journal_entry FOR EACH ROW EXECUTE FUNCTION aiqyn_append_only();
CREATE TRIGGER colour_rules_append_only BEFORE UPDATE OR DELETE ON colour_rules FOR EACH ROW EXECUTE FUNCTION aiqyn_append_only();

-- A lot's amount and origin never change; only what remains of it goes down as it is consumed.
CREATE FUNCTION aiqyn_lot_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'APPEND_ONLY: lot rows are never deleted' USING ERRCODE = 'P0001';
  END IF;
  IF NEW.amount_tiyn <> OLD.amount_tiyn OR NEW.account_id <> OLD.account_id OR NEW.transfer_id <> OLD.transfer_id
     OR NEW.colour_id <> OLD.colour_id OR NEW.remaining_tiyn > OLD.remaining_tiyn THEN
    RAISE EXCEPTION 'APPEND_ONLY: a lot only ever decreases what remains of it' USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER lot_guard BEFORE UPDATE OR DELETE ON lot FOR EACH ROW EXECUTE FUNCTION aiqyn_lot_guard();

-- Appends one entry to a chain: hash = sha256(prev_hash|chain|seq|kind|payload), hex. Locking the chain's
-- head row orders writers of that chain only; other colours' chains are not held up. journal_lock() takes that
-- lock early (ledger_post does, before it reads the colour): a freeze, also journalled in the colour's chain,
-- is then strictly before or after a payment — without a share lock on the colour row, which would cost a
-- tuple write per payment.
CREATE FUNCTION journal_lock(p_chain integer) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM journal_head WHERE chain = p_chain FOR UPDATE;
  IF NOT FOUND THEN
    INSERT INTO journal_head (chain, seq, hash) VALUES (p_chain, 0, repeat('0', 64)) ON CONFLICT (chain) DO NOTHING;
    PERFORM 1 FROM journal_head WHERE chain = p_chain FOR UPDATE;
  END IF;
END
$$;

CREATE FUNCTION journal_append(p_chain integer, p_kind text, p_payload text) RETURNS bigint LANGUAGE plpgsql AS $$
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

-- Refusals carry a machine-readable reason: 'LEDGER_REFUSED {"code": ..., ...}'.
CREATE FUNCTION aiqyn_refuse(p_code text, p_detail jsonb DEFAULT '{}'::jsonb) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'LEDGER_REFUSED %', (jsonb_build_object('code', p_code) || p_detail)::text USING ERRCODE = 'P0001';
END
$$;

-- Moves p_amount of one colour from one account to another, in the caller's transaction: checks colour
-- purity, freezes and balance under row locks, consumes the payer's lots first-in-first-out, records the
-- consumption, creates the payee's lot, updates both balances and appends the transfer to the colour's
-- journal chain. With an idempotency key, a repeat of the same request returns the first transfer; the same
-- key with a different request is refused.
CREATE FUNCTION ledger_post(
  p_colour integer,
  p_from bigint,
  p_to bigint,
  p_amount bigint,
  p_kind "TransferKind",
  p_document_type text,
  p_document_id bigint,
  p_actor integer,
  p_reverses bigint,
  p_key text,
  p_request_hash text,
  -- Extra facts for the transfer's journal entry, e.g. the approval that released a payment.
  p_note jsonb DEFAULT NULL
) RETURNS TABLE (transfer_id bigint, journal_seq bigint, replayed boolean) LANGUAGE plpgsql AS $$
DECLARE
  v_colour record;
  v_from account%ROWTYPE;
  v_to account%ROWTYPE;
  v_existing ledger_request%ROWTYPE;
  v_transfer bigint;
  v_left bigint;
  v_take bigint;
  v_lot record;
  v_seq bigint;
  v_head_seq bigint;
  v_head_hash text;
  v_payload text;
  v_hash text;
BEGIN
  IF p_amount IS NULL OR p_amount <= 0 THEN
    PERFORM aiqyn_refuse('NON_POSITIVE_AMOUNT', jsonb_build_object('attempted', coalesce(p_amount, 0)::text));
  END IF;

  v_transfer := nextval('transfer_id_seq'::regclass);
  IF p_key IS NOT NULL THEN
    -- Concurrent requests with one key queue on this insert; the loser sees the winner's row.
    INSERT INTO ledger_request (key, request_hash, transfer_id) VALUES (p_key, p_request_hash, v_transfer) ON CONFLICT (key) DO NOTHING;
    IF NOT FOUND THEN
      SELECT * INTO v_existing FROM ledger_request WHERE key = p_key;
      IF v_existing.request_hash <> p_request_hash THEN
        PERFORM aiqyn_refuse('IDEMPOTENCY_KEY_REUSED', jsonb_build_object('key', p_key));
      END IF;
      RETURN QUERY SELECT v_existing.transfer_id, NULL::bigint, true;
      RETURN;
    END IF;
  END IF;

  -- The colour's journal head first: it orders this posting against freezes and other postings of the colour.
  SELECT seq, hash INTO v_head_seq, v_head_hash FROM journal_head WHERE chain = p_colour FOR UPDATE;
  IF NOT FOUND THEN
    PERFORM journal_lock(p_colour);
    SELECT seq, hash INTO v_head_seq, v_head_hash FROM journal_head WHERE chain = p_colour;
  END IF;
  SELECT is_frozen, is_closed INTO v_colour FROM colour WHERE id = p_colour;
  IF NOT FOUND THEN
    PERFORM aiqyn_refuse('COLOUR_NOT_FOUND', jsonb_build_object('colour', p_colour));
  END IF;
  IF v_colour.is_frozen THEN
    PERFORM aiqyn_refuse('COLOUR_FROZEN', jsonb_build_object('colour', p_colour));
  END IF;
  IF v_colour.is_closed AND p_kind <> 'reversal' THEN
    PERFORM aiqyn_refuse('COLOUR_CLOSED', jsonb_build_object('colour', p_colour));
  END IF;

  -- Both accounts locked in id order, so two opposite transfers cannot deadlock.
  PERFORM 1 FROM account WHERE id IN (p_from, p_to) ORDER BY id FOR UPDATE;
  SELECT * INTO v_from FROM account WHERE id = p_from;
  SELECT * INTO v_to FROM account WHERE id = p_to;
  IF v_from.id IS NULL OR v_to.id IS NULL OR p_from = p_to THEN
    PERFORM aiqyn_refuse('ACCOUNT_NOT_FOUND', jsonb_build_object('from', p_from, 'to', p_to));
  END IF;
  IF v_from.colour_id <> p_colour OR v_to.colour_id <> p_colour THEN
    PERFORM aiqyn_refuse('COLOUR_MISMATCH', jsonb_build_object('colour', p_colour, 'fromColour', v_from.colour_id, 'toColour', v_to.colour_id));
  END IF;
  IF v_from.is_frozen THEN
    PERFORM aiqyn_refuse('ACCOUNT_FROZEN', jsonb_build_object('account', p_from));
  END IF;
  IF v_from.holder_kind = 'exit' AND p_kind <> 'reversal' THEN
    PERFORM aiqyn_refuse('EXIT_IS_FINAL', jsonb_build_object('account', p_from));
  END IF;
  IF (p_kind = 'mint') <> (v_from.holder_kind = 'issuance') THEN
    PERFORM aiqyn_refuse('MINT_ONLY_FROM_ISSUANCE', jsonb_build_object('kind', p_kind));
  END IF;
  IF v_from.holder_kind <> 'issuance' AND v_from.balance_tiyn < p_amount THEN
    PERFORM aiqyn_refuse('INSUFFICIENT_BALANCE', jsonb_build_object('balance', v_from.balance_tiyn::text, 'attempted', p_amount::text));
  END IF;

  INSERT INTO transfer (id, colour_id, from_account_id, to_account_id, amount_tiyn, kind, document_type, document_id, reverses_id, actor_id)
  VALUES (v_transfer, p_colour, p_from, p_to, p_amount, p_kind, p_document_type, p_document_id, p_reverses, p_actor);

  IF v_from.holder_kind <> 'issuance' THEN
    v_left := p_amount;
    FOR v_lot IN SELECT id, remaining_tiyn FROM lot WHERE account_id = p_from AND remaining_tiyn > 0 ORDER BY id LOOP
      v_take := least(v_left, v_lot.remaining_tiyn);
      INSERT INTO lot_consumption (transfer_id, lot_id, amount_tiyn) VALUES (v_transfer, v_lot.id, v_take);
      UPDATE lot SET remaining_tiyn = remaining_tiyn - v_take WHERE id = v_lot.id;
      v_left := v_left - v_take;
      EXIT WHEN v_left = 0;
    END LOOP;
    IF v_left <> 0 THEN
      RAISE EXCEPTION 'LEDGER_BROKEN account % has balance % but open lots short by %', p_from, v_from.balance_tiyn, v_left;
    END IF;
  END IF;

  INSERT INTO lot (account_id, colour_id, transfer_id, amount_tiyn, remaining_tiyn) VALUES (p_to, p_colour, v_transfer, p_amount, p_amount);
  UPDATE account SET balance_tiyn = balance_tiyn - p_amount WHERE id = p_from;
  UPDATE account SET balance_tiyn = balance_tiyn + p_amount WHERE id = p_to;

  -- The journal entry, appended here rather than through journal_append() (same hash, one call fewer on the
  -- hottest path; the head row is already locked).
  v_payload := (jsonb_build_object(
    'transfer', v_transfer, 'colour', p_colour, 'kind', p_kind, 'from', p_from, 'to', p_to, 'amount', p_amount::text,
    'document', p_document_type, 'documentId', p_document_id, 'actor', p_actor, 'reverses', p_reverses,
    'at', to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) || coalesce(p_note, '{}'::jsonb))::text;
  v_seq := v_head_seq + 1;
  v_hash := encode(sha256(convert_to(v_head_hash || '|' || p_colour::text || '|' || v_seq::text || '|transfer|' || v_payload, 'UTF8')), 'hex');
  INSERT INTO journal_entry (chain, seq, kind, payload, prev_hash, hash) VALUES (p_colour, v_seq, 'transfer', v_payload, v_head_hash, v_hash);
  UPDATE journal_head SET seq = v_seq, hash = v_hash, updated_at = now() WHERE chain = p_colour;

  RETURN QUERY SELECT v_transfer, v_seq, false;
END
$$;
