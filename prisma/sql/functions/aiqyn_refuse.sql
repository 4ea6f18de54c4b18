-- Refusals carry a machine-readable reason.
CREATE OR REPLACE FUNCTION aiqyn_refuse(p_code text, p_detail jsonb DEFAULT '{}'::jsonb) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'LEDGER_REFUSED %', (jsonb_build_object('code', p_code) || p_detail)::text USING ERRCODE = 'P0001';
END
$$;
