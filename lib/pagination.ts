import { z } from "zod";
import { parseId } from "./http/parse-id";

export const PAGE_SIZE = 25;

export type TPage<T> = { rows: T[]; total: number; page: number; pages: number; pageSize: number };

// The id rule (decimal digits only): "0x10" or "1e3" is no page number; anything malformed is the first page.
export const ZPage = z.unknown().transform((v) => { const n = parseId(v); return n !== null && n <= 100000 ? n : 1; });

export function pageWindow(page: number, pageSize = PAGE_SIZE) {
  return { skip: (page - 1) * pageSize, take: pageSize };
}

export function toPage<T>(rows: T[], total: number, page: number, pageSize = PAGE_SIZE): TPage<T> {
  return { rows, total, page, pageSize, pages: Math.max(1, Math.ceil(total / pageSize)) };
}

/** A sort parameter "column" or "-column" restricted to the allowed columns. */
export function parseSort<C extends string>(value: unknown, allowed: readonly C[], fallback: `${"" | "-"}${NoInfer<C>}`): { column: C; direction: "asc" | "desc"; raw: string } {
  const raw = typeof value === "string" ? value : fallback;
  const desc = raw.startsWith("-");
  const column = (desc ? raw.slice(1) : raw) as C;
  if (!allowed.includes(column)) return parseSort(fallback, allowed, fallback);
  return { column, direction: desc ? ("desc" as const) : ("asc" as const), raw };
}
