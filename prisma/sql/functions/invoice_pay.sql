-- Pays an invoice whose approvals are complete, in the caller's transaction (the rules have judged it there, on
-- invoice_payment_row() read with the invoice locked): the invoice moves to paid — only from submitted or approved,
-- so a second payment of one invoice is refused here whatever the caller did — the money moves through ledger_post()
-- with the decision that released it in the transfer's journal entry (p_note), and the completing approval is
-- recorded when this approver had not approved before (p_record_approval; the unique index still refuses a
-- duplicate). Decision 0009.
CREATE OR REPLACE FUNCTION invoice_pay(
  p_invoice integer,
  p_colour integer,
  p_from bigint,
  p_to bigint,
  p_amount bigint,
  p_actor integer,
  p_approver integer,
  p_record_approval boolean,
  p_note jsonb,
  p_paid_at timestamptz
) RETURNS TABLE (transfer_id bigint, journal_seq bigint, replayed boolean) LANGUAGE plpgsql AS $$
DECLARE
  v_transfer bigint;
  v_seq bigint;
BEGIN
  -- Only from submitted or approved: a second payment of one invoice is refused here, whatever the caller did. The
  -- completing approval is recorded by the same statement (a refusal below rolls it back with everything else).
  WITH d AS (INSERT INTO invoice_decision (invoice_id, user_id, decision) SELECT p_invoice, p_approver, 'approve' WHERE p_record_approval)
  UPDATE invoice SET status = 'paid', paid_at = p_paid_at WHERE id = p_invoice AND status IN ('submitted', 'approved');
  IF NOT FOUND THEN
    RAISE EXCEPTION 'INVOICE_NOT_PAYABLE' USING ERRCODE = 'LR012', DETAIL = jsonb_build_object('invoice', p_invoice)::text;
  END IF;
  SELECT posted.transfer_id, posted.journal_seq INTO v_transfer, v_seq
    FROM ledger_post(p_colour, p_from, p_to, p_amount, 'payment', 'invoice', p_invoice, p_actor, NULL, NULL, NULL, p_note) AS posted;
  transfer_id := v_transfer;
  journal_seq := v_seq;
  replayed := false;
  RETURN NEXT;
END
$$;
