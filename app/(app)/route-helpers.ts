import "server-only";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth";
import { NotFoundError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { firstParams, type TRawSearch } from "@/lib/http/search-params";
import { getT } from "@/lib/i18n/server";
import { parseId } from "@/lib/http/parse-id";

/** An id from the URL (lib/http/parse-id.ts: decimal digits, within int4), or the 404 page. */
export function routeId(raw: string): number {
  const id = parseId(raw);
  if (id === null) notFound();
  return id;
}

/** Out-of-scope and missing records look the same: the 404 page. */
export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

/**
 * What a page of one role (or several) starts with: the signed-in actor (others are refused by requireRole), the reader's
 * language and the query string read once (lib/http/search-params.ts#firstParams).
 */
export async function pageRequest(role: Role | Role[], searchParams: Promise<TRawSearch>) {
  const actor = await requireRole(...(Array.isArray(role) ? role : [role]));
  const { t, locale } = await getT();
  return { actor, t, locale, sp: firstParams(await searchParams) };
}

/** The officials' read-only pages open to investigators too (issue 19); their write buttons are the officials' alone. */
export const READERS: Role[] = ["official", "investigator"];

/** The labels of components/entity-links.tsx in the reader's language. */
export function entityLinkLabels(t: Awaited<ReturnType<typeof getT>>["t"]) {
  return { title: t("investigate.links.label"), readOnly: t("investigate.readOnly"), casesTitle: t("investigate.links.casesTitle"), noCases: t("investigate.links.noCases") };
}
