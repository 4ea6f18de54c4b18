-- invoice_record_approval() now records only an approval that does not yet pay (invoice_pay() records the one
-- that does): its fourth parameter becomes the moment of the decision, so that the bulk import's historic
-- approvals are dated as the bundle says (decision 0050) instead of by a second UPDATE after the insert.
-- NULL means now. The journal entry keeps the recording time, as a payment's does.
DROP FUNCTION invoice_record_approval(integer, integer, integer, timestamptz);

CREATE FUNCTION invoice_record_approval(p_invoice integer, p_user integer, p_colour integer, p_decided_at timestamptz) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO invoice_decision (invoice_id, user_id, decision, decided_at) VALUES (p_invoice, p_user, 'approve', coalesce(p_decided_at, now()))
  ON CONFLICT DO NOTHING;
  UPDATE invoice SET status = 'approved' WHERE id = p_invoice AND status = 'submitted';
  PERFORM journal_append(p_colour, 'approve', jsonb_build_object('invoice', p_invoice, 'actor', p_user,
    'at', to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))::text);
END
$$;
