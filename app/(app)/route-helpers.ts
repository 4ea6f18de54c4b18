import "server-only";
import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/errors";
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
