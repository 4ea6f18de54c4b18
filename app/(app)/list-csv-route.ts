import "server-only";
import { auditRefusal } from "@/lib/audit";
import { getActor } from "@/lib/auth";
import type { TActor } from "@/lib/actor";
import type { Role } from "@/lib/generated/prisma/enums";
import { listCsvFile, type TListTable } from "@/lib/exports/list-table";
import { listXlsxFile, XLSX_CONTENT_TYPE } from "@/lib/exports/xlsx";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import type { TLocale } from "@/lib/i18n";
import { getT } from "@/lib/i18n/server";
import { firstParams } from "@/lib/http/search-params";

type TBuild = (input: { actor: TActor; params: Record<string, string | undefined>; locale: TLocale }) => Promise<TListTable>;

type TContext = { params: Promise<Record<string, string | string[] | undefined>> };

/**
 * A list's CSV route (decision 0182) or .xlsx route (decision 0254): the same use case builds the same table for both: officials and investigators by default, or the roles given (the lib use case
 * scopes the rows); anyone else gets 404, audited. The query string is the page's, so the file holds the rows the
 * page's filters select; a dynamic segment of the route (a project's id) is passed along under its own name.
 */
export function listCsvRoute(path: string, build: TBuild, roles: readonly Role[] = ["official", "investigator"]) {
  return listFileRoute(path, build, roles, "csv");
}

/** The same list as an .xlsx workbook: same rows, columns and access as its CSV route (decision 0254). */
export function listXlsxRoute(path: string, build: TBuild, roles: readonly Role[] = ["official", "investigator"]) {
  return listFileRoute(path, build, roles, "xlsx");
}

function listFileRoute(path: string, build: TBuild, roles: readonly Role[], format: "csv" | "xlsx") {
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
    let table: TListTable;
    try {
      table = await build({ actor, params, locale });
    } catch (error) {
      // A project outside the caller's scope (or none): read as not found, like its page.
      if (!(error instanceof NotFoundError || error instanceof ForbiddenError)) throw error;
      await auditRefusal(actor, { what: `route:${path}`, reason: "not_found" });
      return new Response("Not found", { status: 404 });
    }
    const file = format === "csv" ? listCsvFile(table) : await listXlsxFile(table);
    return new Response(file.body as BodyInit, {
      headers: {
        "content-type": format === "csv" ? "text/csv; charset=utf-8" : XLSX_CONTENT_TYPE,
        "content-disposition": `attachment; filename="${file.fileName}"`,
        "cache-control": "no-store",
      },
    });
  };
}
