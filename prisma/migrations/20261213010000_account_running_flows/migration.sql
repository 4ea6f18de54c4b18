-- Issue 15 (decision 0299): what an account has received and what it has paid out to wages and to taxes, kept as
-- running totals by ledger_post() in the statement that moves the balances, so that judging an exit (its share of
-- what the company received) reads one locked row instead of summing every transfer the account ever made or
-- received — a cost that grew with each company's history (4.4 ms of database time an exit on a 20,000-invoice
-- import). Filled here from the transfers already posted; ledger:check compares them with the transfers.
ALTER TABLE "account" ADD COLUMN "received_tiyn" BIGINT NOT NULL DEFAULT 0,
                      ADD COLUMN "wages_paid_tiyn" BIGINT NOT NULL DEFAULT 0,
                      ADD COLUMN "taxes_paid_tiyn" BIGINT NOT NULL DEFAULT 0;

UPDATE "account" a SET "received_tiyn" = s.received
  FROM (SELECT "to_account_id" AS id, sum("amount_tiyn") AS received FROM "transfer" GROUP BY 1) s
 WHERE a."id" = s.id;

UPDATE "account" a SET "wages_paid_tiyn" = s.wages, "taxes_paid_tiyn" = s.taxes
  FROM (SELECT t."from_account_id" AS id,
               coalesce(sum(t."amount_tiyn") FILTER (WHERE x."holder_key" = 'exit:wages'), 0) AS wages,
               coalesce(sum(t."amount_tiyn") FILTER (WHERE x."holder_key" = 'exit:taxes'), 0) AS taxes
          FROM "transfer" t JOIN "account" x ON x."id" = t."to_account_id"
         WHERE x."holder_key" IN ('exit:wages', 'exit:taxes')
         GROUP BY 1) s
 WHERE a."id" = s.id;
