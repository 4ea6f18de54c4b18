import "server-only";
import { auditRefusal } from "@/lib/audit";
import { getActor } from "@/lib/auth";
import type { TActor } from "@/lib/actor";
import type { TListCsv } from "@/lib/exports/list-csv";
import type { TLocale } from "@/lib/i18n";
import { getT } from "@/lib/i18n/server";

type TBuild = (input: { actor: TActor; params: Record<string, string | undefined>; locale: TLocale }) => Promise<TListCsv>;

/**
 * A list's CSV route (decision 0182): officials and investigators (the lib use case scopes the rows); anyone else
 * gets 404, audited. The query string is the page's, so the file holds the rows the page's filters select.
 */
export function listCsvRoute(path: string, build: TBuild) {
  return async function GET(request: Request): Promise<Response> {
    const actor = await getActor();
    if (!actor || (actor.role !== "official" && actor.role !== "investigator")) {
      await auditRefusal(actor, { what: `route:${path}`, reason: "role" });
      return new Response("Not found", { status: 404 });
    }
    const { locale } = await getT();
    const params = Object.fromEntries(new URL(request.url).searchParams.entries());
    const file = await build({ actor, params, locale });
    return new Response(file.body, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${file.fileName}"`,
        "cache-control": "no-store",
      },
    });
  };
}
