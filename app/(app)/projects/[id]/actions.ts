"use server";

import { z } from "zod";
import { topUpColour } from "@/lib/allocations/allocate-colour";
import { defineAction } from "@/lib/actions/action";
import { zId } from "@/lib/http/parse-id";
import { returnRemainder } from "@/lib/allocations/return-remainder";
import { formatTiyn } from "@/lib/money";
import { zTenge } from "@/lib/money-field";

// A colour's money changes the project pages and the budget lines.
const COLOUR_PATHS = [["/projects", "layout"], "/budget"] as const;

const ZTopUp = z.object({ colourId: zId(), amount: zTenge(), requestKey: z.string().uuid() });

export const topUpColourAction = defineAction({
  name: "topUpColourAction",
  roles: ["official"],
  values: ["colourId", "amount", "requestKey"],
  schema: ZTopUp,
  run: async ({ actor, input: { colourId, amount, requestKey }, t }) => {
    await topUpColour({ actor, colourId, amountTiyn: amount, idempotencyKey: `top-up:${requestKey}` });
    return { ok: true, message: t("project.colours.toppedUp", { id: colourId, amount: formatTiyn(amount) }) };
  },
  revalidate: COLOUR_PATHS,
  errors: { fields: { BUDGET_LINE_EXCEEDED: "amount" } },
});

const ZReturn = z.object({ colourId: zId(), confirm: z.literal("on", { message: "confirmReturn" }) });

export const returnRemainderAction = defineAction({
  name: "returnRemainderAction",
  roles: ["official"],
  values: ["colourId", "confirm"],
  schema: ZReturn,
  run: async ({ actor, input, t }) => {
    const result = await returnRemainder({ actor, colourId: input.colourId });
    return { ok: true, message: t("project.colours.returned", { id: input.colourId, amount: formatTiyn(result.returnedTiyn), count: result.accounts }) };
  },
  revalidate: COLOUR_PATHS,
});
