-- Everything the purpose rules need to judge paying each of the given invoices, one row each of plain columns and
-- arrays (decision 0009), in colour order. The colours' journal heads are locked first, in colour order, then the
-- invoices, in id order (decision 0053): every posting and freeze of a colour holds its head until it commits, so what
-- the rules judge is what the payment will be posted against, and two approvers of one invoice are served one after
-- the other. Lock order: colour head, then invoice — as in ledger_post (head, then accounts) and setFreeze. Opens the
-- payers' and payees' accounts in the colour on first use. One call serves a single approval (an array of one) and a
-- batch of approvals alike, with one set of statements for the whole batch: a statement's executor is set up once
-- per call, not once per invoice (decision 0298).
CREATE OR REPLACE FUNCTION invoice_payment_rows(p_invoices integer[]) RETURNS TABLE (
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
BEGIN
  -- The colours' journal heads first, in colour order: every posting and freeze of a colour holds it until it
  -- commits, so what follows (balances, advances paid, freezes), read by statements that start after it is held, is
  -- what the payments will be posted against.
  PERFORM 1 FROM journal_head h
    WHERE h.chain IN (SELECT c.colour_id FROM invoice i JOIN contract c ON c.id = i.contract_id WHERE i.id = ANY (p_invoices))
    ORDER BY h.chain FOR UPDATE OF h;
  -- A colour whose chain has no head yet (none of its postings so far): journal_lock() makes and locks it.
  PERFORM journal_lock(x.colour_id)
    FROM (SELECT DISTINCT c.colour_id FROM invoice i JOIN contract c ON c.id = i.contract_id
           WHERE i.id = ANY (p_invoices) AND NOT EXISTS (SELECT 1 FROM journal_head h WHERE h.chain = c.colour_id)
           ORDER BY c.colour_id) x;
  -- Then the invoices, in id order: two approvers of one invoice are served one after the other.
  PERFORM 1 FROM invoice i WHERE i.id = ANY (p_invoices) ORDER BY i.id FOR UPDATE OF i;

  -- The payer's and payee's accounts in the invoice's colour are opened on first use.
  INSERT INTO account (colour_id, holder_kind, holder_key, project_id, organization_id)
  SELECT DISTINCT c.colour_id, CASE WHEN c.payer_id IS NULL THEN 'project' ELSE 'company' END::"HolderKind",
         CASE WHEN c.payer_id IS NULL THEN 'project:' || c.project_id ELSE 'company:' || c.payer_id END,
         CASE WHEN c.payer_id IS NULL THEN c.project_id END, c.payer_id
    FROM invoice i JOIN contract c ON c.id = i.contract_id
   WHERE i.id = ANY (p_invoices)
     AND NOT EXISTS (SELECT 1 FROM account a WHERE a.colour_id = c.colour_id
                      AND a.holder_key = CASE WHEN c.payer_id IS NULL THEN 'project:' || c.project_id ELSE 'company:' || c.payer_id END)
  UNION
  SELECT DISTINCT c.colour_id, 'company'::"HolderKind", 'company:' || c.contractor_id, NULL::integer, c.contractor_id
    FROM invoice i JOIN contract c ON c.id = i.contract_id
   WHERE i.id = ANY (p_invoices)
     AND NOT EXISTS (SELECT 1 FROM account a WHERE a.colour_id = c.colour_id AND a.holder_key = 'company:' || c.contractor_id)
  ON CONFLICT (colour_id, holder_key) DO NOTHING;

  RETURN QUERY
  SELECT i.id, i.number, i.kind::text, i.status::text, i.total_tiyn::text, i.created_by_id, i.issuer_id,
         c.id, c.value_tiyn::text, c.status::text, c.payer_id, c.contractor_id, c.colour_id, c.project_id, p.ministry_id,
         col.id, col.is_frozen, col.is_closed, col.expires_at, col.rules_version, r.rules,
         o.id, o.name, o.kind::text, o.is_debarred,
         pa.id::text, pa.balance_tiyn::text, pa.is_frozen, pe.id::text,
         coalesce(ln.codes, '{}'), coalesce(ln.quantities, '{}'), coalesce(ln.prices, '{}'),
         coalesce(ap.users, '{}'),
         coalesce(est.codes, '{}'), coalesce(est.names, '{}'), coalesce(est.units, '{}'), coalesce(est.quantities, '{}'),
         coalesce(est.ceilings, '{}'), coalesce(est.billed, '{}'),
         adv.paid::text
    FROM invoice i
    JOIN contract c ON c.id = i.contract_id
    JOIN colour col ON col.id = c.colour_id
    LEFT JOIN colour_rules r ON r.colour_id = col.id AND r.version = col.rules_version
    LEFT JOIN project p ON p.id = c.project_id
    LEFT JOIN organization o ON o.id = c.contractor_id
    LEFT JOIN account pa ON pa.colour_id = col.id AND pa.holder_key = CASE WHEN c.payer_id IS NULL THEN 'project:' || c.project_id ELSE 'company:' || c.payer_id END
    LEFT JOIN account pe ON pe.colour_id = col.id AND pe.holder_key = 'company:' || c.contractor_id
    -- Each line's and each contract item's estimate item by its key (LATERAL … OFFSET 0 keeps the planner from
    -- flattening it into a join): under the ledger's generic plans a join hashed the whole estimate_item table,
    -- every project's, twice a call — a cost that grew with the country, not with the invoice (decision 0271).
    CROSS JOIN LATERAL (
          SELECT array_agg(e.code ORDER BY l.id) AS codes, array_agg(l.quantity_milli::text ORDER BY l.id) AS quantities,
                 array_agg(l.unit_price_tiyn::text ORDER BY l.id) AS prices
            FROM invoice_line l
            CROSS JOIN LATERAL (SELECT e.code FROM estimate_item e WHERE e.id = l.estimate_item_id OFFSET 0) e
           WHERE l.invoice_id = i.id) ln
    CROSS JOIN LATERAL (SELECT array_agg(d.user_id ORDER BY d.id) AS users FROM invoice_decision d WHERE d.invoice_id = i.id AND d.decision = 'approve') ap
    CROSS JOIN LATERAL (
          SELECT array_agg(e.code) AS codes, array_agg(e.name) AS names, array_agg(e.unit) AS units,
                 array_agg(ci.quantity_milli::text) AS quantities, array_agg(ci.ceiling_unit_price_tiyn::text) AS ceilings,
                 array_agg((ci.billed_milli - coalesce(own.q, 0))::text) AS billed
            FROM contract_item ci
            CROSS JOIN LATERAL (SELECT e.code, e.name, e.unit FROM estimate_item e WHERE e.id = ci.estimate_item_id OFFSET 0) e
            LEFT JOIN (SELECT l.estimate_item_id, sum(l.quantity_milli) AS q FROM invoice_line l
                        WHERE l.invoice_id = i.id AND i.status IN ('submitted', 'approved', 'paid') GROUP BY l.estimate_item_id) own
              ON own.estimate_item_id = ci.estimate_item_id
           WHERE ci.contract_id = c.id) est
    CROSS JOIN LATERAL (SELECT coalesce(sum(x.total_tiyn), 0) AS paid FROM invoice x
           WHERE x.contract_id = c.id AND x.kind = 'advance' AND x.status = 'paid' AND x.id <> i.id) adv
   WHERE i.id = ANY (p_invoices)
   ORDER BY c.colour_id, i.id;
END
$$;
