import "server-only";
import { auditRefusal } from "@/lib/audit";
import { getActor } from "@/lib/auth";
import type { TActor } from "@/lib/actor";
import type { Role } from "@/lib/generated/prisma/enums";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import type { TLocale } from "@/lib/i18n";
import { getT } from "@/lib/i18n/server";
import { firstParams } from "@/lib/http/search-params";
import type { TPickOption } from "@/lib/pickers/pick-option";

/** Longer than any name, BIN, number or amount: refused with a message before the database. */
export const PICK_QUERY_MAX = 200;

type TSearch = (input: { actor: TActor; q: string; locale: TLocale }) => Promise<TPickOption[]>;

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { "cache-control": "no-store" } });

/**
 * A picker's type-ahead endpoint (decision 0228): `GET ?q=` answers `{ options }` as JSON. Only the given roles;
 * anyone else gets 404, audited, as for any page they may not read. A query too long answers 400 with a message in
 * the reader's language; the lib search scopes what it finds to the caller.
 */
export function pickerRoute(path: string, roles: readonly Role[], search: TSearch) {
  return async function GET(request: Request): Promise<Response> {
    const actor = await getActor();
    if (!actor || !roles.includes(actor.role)) {
      await auditRefusal(actor, { what: `route:${path}`, reason: "role" });
      return new Response("Not found", { status: 404 });
    }
    const { t, locale } = await getT();
    const q = (firstParams(new URL(request.url).searchParams).q ?? "").trim();
    if (q.length > PICK_QUERY_MAX) return json({ message: t("pickers.tooLong", { max: PICK_QUERY_MAX }) }, 400);
    try {
      return json({ options: await search({ actor, q, locale }) });
    } catch (error) {
      if (!(error instanceof NotFoundError || error instanceof ForbiddenError)) throw error;
      await auditRefusal(actor, { what: `route:${path}`, reason: "not_found" });
      return new Response("Not found", { status: 404 });
    }
  };
}
