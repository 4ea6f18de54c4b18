import { z } from "zod";
import { parseId } from "@/lib/http/parse-id";

/** The history's filters from the query string; anything malformed is simply no filter. */
export const ZHistoryFilters = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  direction: z.enum(["in", "out"]).optional().catch(undefined),
  colour: z.unknown().optional().transform((v) => parseId(v) ?? undefined),
}).transform(({ q, direction, colour }) => ({ q: q || undefined, direction, colourId: colour }));
