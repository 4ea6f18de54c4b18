-- The one way money moves (decision 0007): moves p_amount of one colour from one account to another, in the caller's
-- transaction. Checks colour purity, freezes and balance under row locks (the colour's journal head first, then both
-- accounts in id order, so two opposite transfers cannot deadlock), consumes the payer's lots first-in-first-out,
-- records the consumption, creates the payee's lot, updates both balances and appends the transfer to the colour's
-- journal chain. With an idempotency key, a repeat of the same request returns the first transfer; the same key with
-- a different request is refused. Seven statements on the way through (decision 0009): each statement has a fixed
-- cost, so the accounts are locked and read by one, the transfer, lot and balances written by one, and so on.
CREATE OR REPLACE FUNCTION ledger_post(
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
  v_frozen boolean;
  v_closed boolean;
  v_acc account%ROWTYPE;
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
    RAISE EXCEPTION 'NON_POSITIVE_AMOUNT' USING ERRCODE = 'LR001', DETAIL = jsonb_build_object('attempted', coalesce(p_amount, 0)::text)::text;
  END IF;

  v_transfer := nextval('transfer_id_seq'::regclass);
  IF p_key IS NOT NULL THEN
    -- Concurrent requests with one key queue on this insert; the loser sees the winner's row.
    INSERT INTO ledger_request (key, request_hash, transfer_id) VALUES (p_key, p_request_hash, v_transfer) ON CONFLICT (key) DO NOTHING;
    IF NOT FOUND THEN
      SELECT * INTO v_existing FROM ledger_request WHERE key = p_key;
      IF v_existing.request_hash <> p_request_hash THEN
        RAISE EXCEPTION 'IDEMPOTENCY_KEY_REUSED' USING ERRCODE = 'LR002', DETAIL = jsonb_build_object('key', p_key)::text;
      END IF;
      RETURN QUERY SELECT v_existing.transfer_id, NULL::bigint, true;
      RETURN;
    END IF;
  END IF;

  -- The colour's journal head first: it orders this posting against freezes and other postings of the colour. Read
  -- with the colour in one statement; a colour whose chain has no head yet (its first posting) takes the long way.
  SELECT h.seq, h.hash, c.is_frozen, c.is_closed INTO v_head_seq, v_head_hash, v_frozen, v_closed
    FROM journal_head h JOIN colour c ON c.id = h.chain WHERE h.chain = p_colour FOR UPDATE OF h;
  IF NOT FOUND THEN
    PERFORM journal_lock(p_colour);
    SELECT seq, hash INTO v_head_seq, v_head_hash FROM journal_head WHERE chain = p_colour;
    SELECT is_frozen, is_closed INTO v_frozen, v_closed FROM colour WHERE id = p_colour;
    IF NOT FOUND THEN
      RAISE EXCEPTION 'COLOUR_NOT_FOUND' USING ERRCODE = 'LR003', DETAIL = jsonb_build_object('colour', p_colour)::text;
    END IF;
  END IF;
  IF v_frozen THEN
    RAISE EXCEPTION 'COLOUR_FROZEN' USING ERRCODE = 'LR004', DETAIL = jsonb_build_object('colour', p_colour)::text;
  END IF;
  IF v_closed AND p_kind <> 'reversal' THEN
    RAISE EXCEPTION 'COLOUR_CLOSED' USING ERRCODE = 'LR005', DETAIL = jsonb_build_object('colour', p_colour)::text;
  END IF;

  -- Both accounts locked in id order, so two opposite transfers cannot deadlock, and read as locked.
  FOR v_acc IN SELECT * FROM account WHERE id IN (p_from, p_to) ORDER BY id FOR UPDATE LOOP
    IF v_acc.id = p_from THEN
      v_from := v_acc;
    END IF;
    IF v_acc.id = p_to THEN
      v_to := v_acc;
    END IF;
  END LOOP;
  IF v_from.id IS NULL OR v_to.id IS NULL OR p_from = p_to THEN
    RAISE EXCEPTION 'ACCOUNT_NOT_FOUND' USING ERRCODE = 'LR006', DETAIL = jsonb_build_object('from', p_from, 'to', p_to)::text;
  END IF;
  IF v_from.colour_id <> p_colour OR v_to.colour_id <> p_colour THEN
    RAISE EXCEPTION 'COLOUR_MISMATCH' USING ERRCODE = 'LR007', DETAIL = jsonb_build_object('colour', p_colour, 'fromColour', v_from.colour_id, 'toColour', v_to.colour_id)::text;
  END IF;
  IF v_from.is_frozen THEN
    RAISE EXCEPTION 'ACCOUNT_FROZEN' USING ERRCODE = 'LR008', DETAIL = jsonb_build_object('account', p_from)::text;
  END IF;
  IF v_from.holder_kind = 'exit' AND p_kind <> 'reversal' THEN
    RAISE EXCEPTION 'EXIT_IS_FINAL' USING ERRCODE = 'LR009', DETAIL = jsonb_build_object('account', p_from)::text;
  END IF;
  IF (p_kind = 'mint') <> (v_from.holder_kind = 'issuance') THEN
    RAISE EXCEPTION 'MINT_ONLY_FROM_ISSUANCE' USING ERRCODE = 'LR010', DETAIL = jsonb_build_object('kind', p_kind)::text;
  END IF;
  IF v_from.holder_kind <> 'issuance' AND v_from.balance_tiyn < p_amount THEN
    RAISE EXCEPTION 'INSUFFICIENT_BALANCE' USING ERRCODE = 'LR011', DETAIL = jsonb_build_object('balance', v_from.balance_tiyn::text, 'attempted', p_amount::text)::text;
  END IF;

  -- The transfer, the payee's lot and both balances (p_from <> p_to, checked above), with the running totals an
  -- exit is judged on (decision 0299): what the payee has received, what the payer has paid to wages and to taxes.
  WITH t AS (
    INSERT INTO transfer (id, colour_id, from_account_id, to_account_id, amount_tiyn, kind, document_type, document_id, reverses_id, actor_id)
    VALUES (v_transfer, p_colour, p_from, p_to, p_amount, p_kind, p_document_type, p_document_id, p_reverses, p_actor)
  ), l AS (
    INSERT INTO lot (account_id, colour_id, transfer_id, amount_tiyn, remaining_tiyn) VALUES (p_to, p_colour, v_transfer, p_amount, p_amount)
  )
  UPDATE account SET balance_tiyn = balance_tiyn + CASE WHEN id = p_to THEN p_amount ELSE -p_amount END,
                     received_tiyn = received_tiyn + CASE WHEN id = p_to THEN p_amount ELSE 0 END,
                     wages_paid_tiyn = wages_paid_tiyn + CASE WHEN id = p_from AND v_to.holder_key = 'exit:wages' THEN p_amount ELSE 0 END,
                     taxes_paid_tiyn = taxes_paid_tiyn + CASE WHEN id = p_from AND v_to.holder_key = 'exit:taxes' THEN p_amount ELSE 0 END
   WHERE id IN (p_from, p_to);

  -- The payer's lots, first in first out (the payee's new lot is on another account).
  IF v_from.holder_kind <> 'issuance' THEN
    v_left := p_amount;
    FOR v_lot IN SELECT id, remaining_tiyn FROM lot WHERE account_id = p_from AND remaining_tiyn > 0 ORDER BY id LOOP
      v_take := least(v_left, v_lot.remaining_tiyn);
      WITH c AS (INSERT INTO lot_consumption (transfer_id, lot_id, amount_tiyn) VALUES (v_transfer, v_lot.id, v_take))
      UPDATE lot SET remaining_tiyn = remaining_tiyn - v_take WHERE id = v_lot.id;
      v_left := v_left - v_take;
      EXIT WHEN v_left = 0;
    END LOOP;
    IF v_left <> 0 THEN
      RAISE EXCEPTION 'LEDGER_BROKEN: account % has balance % but open lots short by %', p_from, v_from.balance_tiyn, v_left
        USING ERRCODE = 'LI001', DETAIL = jsonb_build_object('account', p_from, 'balance', v_from.balance_tiyn::text, 'short', v_left::text)::text;
    END IF;
  END IF;

  -- The journal entry, appended here rather than through journal_append() (same hash, one call fewer on the
  -- hottest path; the head row is already locked).
  v_payload := (jsonb_build_object(
    'transfer', v_transfer, 'colour', p_colour, 'kind', p_kind, 'from', p_from, 'to', p_to, 'amount', p_amount::text,
    'document', p_document_type, 'documentId', p_document_id, 'actor', p_actor, 'reverses', p_reverses,
    'at', to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) || coalesce(p_note, '{}'::jsonb))::text;
  v_seq := v_head_seq + 1;
  v_hash := encode(sha256(convert_to(v_head_hash || '|' || p_colour::text || '|' || v_seq::text || '|transfer|' || v_payload, 'UTF8')), 'hex');
  WITH e AS (INSERT INTO journal_entry (chain, seq, kind, payload, prev_hash, hash) VALUES (p_colour, v_seq, 'transfer', v_payload, v_head_hash, v_hash))
  UPDATE journal_head SET seq = v_seq, hash = v_hash, updated_at = now() WHERE chain = p_colour;

  transfer_id := v_transfer;
  journal_seq := v_seq;
  replayed := false;
  RETURN NEXT;
END
$$;
