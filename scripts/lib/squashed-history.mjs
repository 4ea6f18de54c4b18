// The 23 migrations squashed into 20261206000000_baseline (decision 0081), with the checksums they were applied
// with. A database that recorded all of them, unchanged, has exactly the baseline's tables (checked when the
// baseline was written: pg_dump of both was the same), so the runner records the baseline in their place and
// keeps the data. A database that recorded only some of them cannot be brought forward.
export const BASELINE = "20261206000000_baseline";

export const SQUASHED_MIGRATIONS = new Map([
  ["20261125003909_init", "340b5425ec9855feb14d178ee05546d0efc0d88578ea50cee1a1c99e476b5fe1"],
  ["20261125011718_ledger_domain", "fe90d3c499604ef67426da142124b9a9bf7a0803ee6f00060ba47687ae66aafd"],
  ["20261125012000_ledger_functions", "9cfecc461d7f110d695d24f5ddeb71d5fb5b80308f8c6915af3e373a53797a88"],
  ["20261125014140_lean_ledger_indexes", "ea4528fdd974852c139a5793dc4aabb72996669c2191cef930af0f0d394d34b2"],
  ["20261125015000_payment_context", "b7b6a6caa5e47df0765f5239beb7d6cb20dae7d26d2d48fe02b2d65184607410"],
  ["20261125033706_allocation_keys_estimate_revisions", "f73c4a82267860cc8c81ed654a2a342507c4b6a522fea452e07d79f2429d50c0"],
  ["20261125033816_registry_indexes", "e2282d6143e312dae8cdef270dead7d5d3502d6aadd9788f528e989e6cf5f05c"],
  ["20261125033817_registry_search", "85d552d6174b22c2e5fa00b12c9e16a2ae61b3a111f9a306124d1595298778ee"],
  ["20261125033848_invoice_documents", "dfaadf73cfecc9bdd33599a15213ca24f8c58654e3db00ddab93a43601d6f2e1"],
  ["20261125040206_flags", "e5fc921b5deddba1f545f2e9d895306b7b9cf5ad9929c99c7824b73f9d5831d7"],
  ["20261125040621_cases_freezes_publications", "04d0be62f1d1b018a8a252a3ddaea4cfe67c5aa6908ae9f460994b881b31aa64"],
  ["20261203163014_item_code_index", "801c219b265fd5c6eba4b79d68c47775935b5f8db1a250ffe286b37a7bfd755e"],
  ["20261203194500_return_transfer_index", "c9ee8db22c3a0d488c9506a381564796e178bbc49be78901460cf256a6d6dc2e"],
  ["20261203194603_revoked_sessions", "f91dcb590bd35c66b8aa1f656c085847cf35f1af9e381cf04e7d455b71926421"],
  ["20261203195000_payment_row_context", "10ece99a7240e411ff45142c478eec0a90182827defb5d2598929aadf7ff43db"],
  ["20261203195500_running_billed_quantities", "239ad732b4d59aa4768a10966a1fefd3bd6e9d8119d89b3c8f1ed52dcfa0dd8d"],
  ["20261203200000_ledger_post_fewer_statements", "e670074f966711a53104540bb560e178356ea0b2c50a4338f86b47e6264115a6"],
  ["20261203200500_billed_lines_per_statement", "772c1bb7e65a0d483a81258163c917dcfa2fb5cda06644d50eee7d53b2722416"],
  ["20261203211500_approval_decided_at", "b8f4170a0b71fdcda0e8aa70a02bba216465c01065d81f653e081bb4cdaaa2dc"],
  ["20261204000000_payment_context_under_head_lock", "cc233e06d1e56b42b0dceac6f5b45634d2e2094f688f3c2c1620d8f4b88bc987"],
  ["20261206210000_user_sessions", "714e6aa81b7d96eee0c6acce7ff00c73cd1018093e069e22888f53ec08f6b5fb"],
  ["20261206220000_passwords_and_second_factor", "718bf913fde5c6e5a33c0637e35e608d74234d8e15e467846b893da81f0b811b"],
  ["20261206234500_audit_append_only", "ae6a18ae99386db081f397bd1da296aa040fc995277a8aea27a7449fb0c0cbd3"],
]);

// The functions and triggers that history created, as the files of prisma/sql that now hold them (or held them:
// aiqyn_refuse() is gone). Recorded with a checksum no file has, so that the runner replaces each of them by its
// file, and drops the one without a file.
export const SQUASHED_SQL_FILES = [
  "functions/aiqyn_append_only.sql",
  "functions/aiqyn_lot_guard.sql",
  "functions/journal_lock.sql",
  "functions/journal_append.sql",
  "functions/aiqyn_refuse.sql",
  "functions/ledger_post.sql",
  "functions/invoice_payment_row.sql",
  "functions/aiqyn_bill_invoice.sql",
  "functions/aiqyn_invoice_billed.sql",
  "functions/aiqyn_contract_item_billed.sql",
  "functions/invoice_pay.sql",
  "functions/aiqyn_invoice_lines_billed.sql",
  "functions/invoice_record_approval.sql",
  "functions/aiqyn_audit_append_only.sql",
  "functions/aiqyn_audit_no_truncate.sql",
  "triggers/transfer_append_only.sql",
  "triggers/lot_consumption_append_only.sql",
  "triggers/journal_entry_append_only.sql",
  "triggers/colour_rules_append_only.sql",
  "triggers/lot_guard.sql",
  "triggers/estimate_revision_append_only.sql",
  "triggers/case_event_append_only.sql",
  "triggers/freeze_event_append_only.sql",
  "triggers/journal_publication_append_only.sql",
  "triggers/invoice_billed.sql",
  "triggers/invoice_billed_delete.sql",
  "triggers/contract_item_billed.sql",
  "triggers/invoice_lines_billed_insert.sql",
  "triggers/invoice_lines_billed_update.sql",
  "triggers/invoice_lines_billed_delete.sql",
  "triggers/audit_event_append_only.sql",
  "triggers/audit_event_no_truncate.sql",
];
