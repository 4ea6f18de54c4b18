-- The contractor registry is searched by name and BIN over hundreds of thousands of companies
-- (docs/decisions/0021-registry-search.md). Hand-written: Prisma cannot express these indexes, and its diff
-- leaves expression and partial indexes alone.

-- Word prefixes of the English and Russian names: "алматы стр" finds ТОО «Алматы Строй Инвест».
-- Queries must repeat this exact expression (lib/contractors/company-search.ts).
CREATE INDEX organization_company_name_search_idx ON organization
  USING gin (to_tsvector('simple'::regconfig, coalesce(name, '') || ' ' || coalesce(name_ru, '')))
  WHERE kind = 'company';

-- A BIN typed in part ("150640…") is a prefix search.
CREATE INDEX organization_company_bin_prefix_idx ON organization (bin bpchar_pattern_ops) WHERE kind = 'company';

-- The debarred are few: their list must not scan every company.
CREATE INDEX organization_company_debarred_idx ON organization (name) WHERE kind = 'company' AND is_debarred;
