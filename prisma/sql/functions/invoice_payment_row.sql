-- Everything the purpose rules need to judge paying one invoice, as one row of plain columns and arrays (decision
-- 0009). The colour's journal head is locked first, then the invoice (decision 0053): every posting and freeze of the
-- colour holds the head until it commits, so what the rules judge is what the payment will be posted against, and two
-- approvers of one invoice are served one after the other. Lock order: colour head, then invoice — as in ledger_post
-- (head, then accounts) and setFreeze. Opens the payer's and payee's accounts in the colour on first use.
CREATE OR REPLACE FUNCTION invoice_payment_row(p_invoice integer) RETURNS TABLE (
  "invoiceId" integer, "number" text, "kind" text, "status" text, "total" text, "createdBy" integer, "issuer" integer,
  "contractId" integer, "contractValue" text, "contractStatus" text, "payer" integer, "contractor" integer,
  "contractColour" integer, "project" integer, "ministry" integer,
  "colourId" integer, "frozen" boolean, "closed" boolean, "expiresAt" timestamptz, "version" integer, "rules" jsonb,
  "payeeOrg" integer, "payeeName" text, "payeeKind" text, "payeeDebarred" boolean,
  "payerAccount" text, "payerBalance" text, "payerFrozen" boolean, "payeeAccount" text,
  "lineCodes" text[], "lineQuantities" text[], "linePrices" text[],
  "approvals" integer[],
  "itemCodes" text[], "itemNames" text[], "itemUnits" text[], "itemQuantities" text[], "itemCeilings" text[], "itemBilled" text[],
  "advancesPaid" text
) LANGUAGE plpgsql AS $$
#variable_conflict use_column
DECLARE
  v record;
  v_colour integer;
BEGIN
  -- The colour's journal head first: every posting and freeze of the colour holds it until it commits, so what
  -- follows (balances, advances paid, freezes), read by statements that start after it is held, is what this
  -- payment will be posted against.
  PERFORM 1 FROM invoice i JOIN contract c ON c.id = i.contract_id JOIN journal_head h ON h.chain = c.colour_id WHERE i.id = p_invoice FOR UPDATE OF h;
  IF NOT FOUND THEN
    -- No such invoice, or a colour whose chain has no head yet.
    SELECT c.colour_id INTO v_colour FROM invoice i JOIN contract c ON c.id = i.contract_id WHERE i.id = p_invoice;
    IF NOT FOUND THEN
      RETURN;
    END IF;
    PERFORM journal_lock(v_colour);
  END IF;
  -- Then the invoice: two approvers of one invoice are served one after the other.
  SELECT i.id, i.number, i.kind, i.status, i.total_tiyn, i.created_by_id, i.issuer_id,
         c.id AS con_id, c.value_tiyn, c.status AS con_status, c.payer_id, c.contractor_id, c.colour_id AS con_colour, c.project_id,
         p.ministry_id, col.id AS col_id, col.is_frozen, col.is_closed, col.expires_at, col.rules_version, r.rules,
         o.id AS org_id, o.name AS org_name, o.kind AS org_kind, o.is_debarred,
         pa.id AS payer_account, pa.balance_tiyn AS payer_balance, pa.is_frozen AS payer_frozen, pe.id AS payee_account,
         CASE WHEN c.payer_id IS NULL THEN 'project:' || c.project_id ELSE 'company:' || c.payer_id END AS payer_key,
         'company:' || c.contractor_id AS payee_key
    INTO v
    FROM invoice i
    JOIN contract c ON c.id = i.contract_id
    JOIN colour col ON col.id = c.colour_id
    LEFT JOIN colour_rules r ON r.colour_id = col.id AND r.version = col.rules_version
    LEFT JOIN project p ON p.id = c.project_id
    LEFT JOIN organization o ON o.id = c.contractor_id
    LEFT JOIN account pa ON pa.colour_id = col.id AND pa.holder_key = CASE WHEN c.payer_id IS NULL THEN 'project:' || c.project_id ELSE 'company:' || c.payer_id END
    LEFT JOIN account pe ON pe.colour_id = col.id AND pe.holder_key = 'company:' || c.contractor_id
   WHERE i.id = p_invoice
     FOR UPDATE OF i;
  IF NOT FOUND THEN
    RETURN;
  END IF;

  -- The payer's and payee's accounts in the invoice's colour are opened on first use.
  IF v.payer_account IS NULL THEN
    INSERT INTO account (colour_id, holder_kind, holder_key, project_id, organization_id)
    VALUES (v.col_id, CASE WHEN v.payer_id IS NULL THEN 'project' ELSE 'company' END::"HolderKind", v.payer_key,
            CASE WHEN v.payer_id IS NULL THEN v.project_id END, v.payer_id)
    ON CONFLICT (colour_id, holder_key) DO NOTHING;
    SELECT a.id, a.balance_tiyn, a.is_frozen INTO v.payer_account, v.payer_balance, v.payer_frozen
      FROM account a WHERE a.colour_id = v.col_id AND a.holder_key = v.payer_key;
  END IF;
  IF v.payee_account IS NULL THEN
    INSERT INTO account (colour_id, holder_kind, holder_key, organization_id)
    VALUES (v.col_id, 'company', v.payee_key, v.contractor_id) ON CONFLICT (colour_id, holder_key) DO NOTHING;
    SELECT a.id INTO v.payee_account FROM account a WHERE a.colour_id = v.col_id AND a.holder_key = v.payee_key;
  END IF;

  RETURN QUERY
  SELECT v.id, v.number, v.kind::text, v.status::text, v.total_tiyn::text, v.created_by_id, v.issuer_id,
         v.con_id, v.value_tiyn::text, v.con_status::text, v.payer_id, v.contractor_id, v.con_colour, v.project_id, v.ministry_id,
         v.col_id, v.is_frozen, v.is_closed, v.expires_at, v.rules_version, v.rules,
         v.org_id, v.org_name, v.org_kind::text, v.is_debarred,
         v.payer_account::text, v.payer_balance::text, v.payer_frozen, v.payee_account::text,
         coalesce(ln.codes, '{}'), coalesce(ln.quantities, '{}'), coalesce(ln.prices, '{}'),
         coalesce(ap.users, '{}'),
         coalesce(est.codes, '{}'), coalesce(est.names, '{}'), coalesce(est.units, '{}'), coalesce(est.quantities, '{}'),
         coalesce(est.ceilings, '{}'), coalesce(est.billed, '{}'),
         adv.paid::text
    -- Each line's and each contract item's estimate item by its key (LATERAL … OFFSET 0 keeps the planner from
    -- flattening it into a join): under the ledger's generic plans a join hashed the whole estimate_item table,
    -- every project's, twice a call — a cost that grew with the country, not with the invoice (decision 0271).
    FROM (SELECT array_agg(e.code ORDER BY l.id) AS codes, array_agg(l.quantity_milli::text ORDER BY l.id) AS quantities,
                 array_agg(l.unit_price_tiyn::text ORDER BY l.id) AS prices
            FROM invoice_line l
            CROSS JOIN LATERAL (SELECT e.code FROM estimate_item e WHERE e.id = l.estimate_item_id OFFSET 0) e
           WHERE l.invoice_id = v.id) ln,
         (SELECT array_agg(d.user_id ORDER BY d.id) AS users FROM invoice_decision d WHERE d.invoice_id = v.id AND d.decision = 'approve') ap,
         (SELECT array_agg(e.code) AS codes, array_agg(e.name) AS names, array_agg(e.unit) AS units,
                 array_agg(ci.quantity_milli::text) AS quantities, array_agg(ci.ceiling_unit_price_tiyn::text) AS ceilings,
                 array_agg((ci.billed_milli - coalesce(own.q, 0))::text) AS billed
            FROM contract_item ci
            CROSS JOIN LATERAL (SELECT e.code, e.name, e.unit FROM estimate_item e WHERE e.id = ci.estimate_item_id OFFSET 0) e
            LEFT JOIN (SELECT l.estimate_item_id, sum(l.quantity_milli) AS q FROM invoice_line l
                        WHERE l.invoice_id = v.id AND v.status IN ('submitted', 'approved', 'paid') GROUP BY l.estimate_item_id) own
              ON own.estimate_item_id = ci.estimate_item_id
           WHERE ci.contract_id = v.con_id) est,
         (SELECT coalesce(sum(i.total_tiyn), 0) AS paid FROM invoice i
           WHERE i.contract_id = v.con_id AND i.kind = 'advance' AND i.status = 'paid' AND i.id <> v.id) adv;
END
$$;
