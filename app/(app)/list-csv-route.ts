import "server-only";
import { auditRefusal } from "@/lib/audit";
import { getActor } from "@/lib/auth";
import type { TActor } from "@/lib/actor";
import type { Role } from "@/lib/generated/prisma/enums";
import type { TListCsv } from "@/lib/exports/list-csv";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import type { TLocale } from "@/lib/i18n";
import { getT } from "@/lib/i18n/server";
import { firstParams } from "@/lib/http/search-params";

type TBuild = (input: { actor: TActor; params: Record<string, string | undefined>; locale: TLocale }) => Promise<TListCsv>;

type TContext = { params: Promise<Record<string, string | string[] | undefined>> };

/**
 * A list's CSV route (decision 0182): officials and investigators by default, or the roles given (the lib use case
 * scopes the rows); anyone else gets 404, audited. The query string is the page's, so the file holds the rows the
 * page's filters select; a dynamic segment of the route (a project's id) is passed along under its own name.
 */
export function listCsvRoute(path: string, build: TBuild, roles: readonly Role[] = ["official", "investigator"]) {
  return async function GET(request: Request, context?: TContext): Promise<Response> {
    const actor = await getActor();
    if (!actor || !roles.includes(actor.role)) {
      await auditRefusal(actor, { what: `route:${path}`, reason: "role" });
      return new Response("Not found", { status: 404 });
    }
    const { locale } = await getT();
    const segments = Object.entries((await context?.params) ?? {}).filter((e): e is [string, string] => typeof e[1] === "string");
    // The one reading of a query string (first value of a repeated parameter, no NUL byte), as the list pages do.
    const params = { ...firstParams(new URL(request.url).searchParams), ...Object.fromEntries(segments) };
    let file: TListCsv;
    try {
      file = await build({ actor, params, locale });
    } catch (error) {
      // A project outside the caller's scope (or none): read as not found, like its page.
      if (!(error instanceof NotFoundError || error instanceof ForbiddenError)) throw error;
      await auditRefusal(actor, { what: `route:${path}`, reason: "not_found" });
      return new Response("Not found", { status: 404 });
    }
    return new Response(file.body, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${file.fileName}"`,
        "cache-control": "no-store",
      },
    });
  };
}
