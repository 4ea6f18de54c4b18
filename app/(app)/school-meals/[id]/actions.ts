"use server";

import { z } from "zod";
import { defineAction, redirectTo } from "@/lib/actions/action";
import { zId } from "@/lib/http/parse-id";
import { addCanteenContract, markSchoolDays, ZCalendarMark, ZCanteenContract } from "@/lib/meals/office-writes";
import { reviewMealDispute } from "@/lib/meals/parent";
import { settleMeals } from "@/lib/meals/settle-meals";
import { zDay, zText } from "@/lib/text-field";

// The district education department's actions on a programme (decision 0201): officials of the department (Finance:
// every department), scoped in lib; another department's programme reads as "not found".

const ERRORS = { sections: ["mealsOffice", "meals"], refused: "company.refused" } as const;

const mealFields = (form: FormData, type: "breakfast" | "lunch") => ({
  enabled: form.get(`${type}Enabled`) === "on",
  tariff: String(form.get(`${type}Tariff`) ?? ""),
  from: String(form.get(`${type}From`) ?? ""),
  to: String(form.get(`${type}To`) ?? ""),
});

export const addCanteenContractAction = defineAction({
  name: "addCanteenContractAction",
  roles: ["official"],
  values: (form) => Object.fromEntries(["programmeId", "bin", "number", "startsOn", "endsOn", "breakfastEnabled", "breakfastTariff", "breakfastFrom", "breakfastTo", "lunchEnabled", "lunchTariff", "lunchFrom", "lunchTo"].map((f) => [f, String(form.get(f) ?? "")]).concat([["schoolIds", form.getAll("schoolIds").map(String).join(",")]])),
  schema: ZCanteenContract,
  shape: (values, form) => ({ ...values, schoolIds: form.getAll("schoolIds").map(String), breakfast: mealFields(form, "breakfast"), lunch: mealFields(form, "lunch") }),
  run: async ({ actor, input }) => {
    await addCanteenContract({ actor, input });
    return redirectTo(`/school-meals/${input.programmeId}#contracts`, "mealsOffice.contractAdded");
  },
  revalidate: (input) => [`/school-meals/${input.programmeId}`, "/school-meals"],
  errors: ERRORS,
});

export const settleMealsAction = defineAction({
  name: "settleMealsAction",
  roles: ["official"],
  values: ["programmeId", "contractId", "day"],
  schema: z.object({ programmeId: zId(), contractId: zId(), day: zDay() }),
  run: async ({ actor, input }) => {
    // Settling the same period twice (a double click, a second official) answers the first settlement: paid once.
    const settled = await settleMeals({ actor, contractId: input.contractId, day: new Date(`${input.day}T00:00:00Z`) });
    return redirectTo(`/school-meals/${input.programmeId}/settlements/${settled.settlementId}`, settled.replayed ? "mealsOffice.settledAgain" : "mealsOffice.settled");
  },
  revalidate: (input) => [`/school-meals/${input.programmeId}`, "/school-meals"],
  errors: ERRORS,
});

export const reviewDisputeAction = defineAction({
  name: "reviewDisputeAction",
  roles: ["official"],
  values: ["programmeId", "disputeId", "decision", "note"],
  schema: z.object({ programmeId: zId(), disputeId: zId(), decision: z.enum(["upheld", "dismissed"], { message: "invalidChoice" }), note: zText({ min: 5, max: 1000 }) }),
  run: async ({ actor, input }) => {
    await reviewMealDispute({ actor, disputeId: input.disputeId, decision: input.decision, note: input.note });
    return redirectTo(`/school-meals/${input.programmeId}#disputes`, "mealsOffice.disputeReviewed");
  },
  revalidate: (input) => [`/school-meals/${input.programmeId}`],
  errors: { ...ERRORS, fields: { REASON_REQUIRED: "note" } },
});

export const markCalendarAction = defineAction({
  name: "markCalendarAction",
  roles: ["official"],
  values: ["programmeId", "schoolId", "from", "to", "mark", "note"],
  schema: ZCalendarMark,
  run: async ({ actor, input }) => {
    await markSchoolDays({ actor, input });
    return redirectTo(`/school-meals/${input.programmeId}/calendar?school=${input.schoolId}&month=${input.from.slice(0, 7)}`, "mealsOffice.calendarMarked");
  },
  revalidate: (input) => [`/school-meals/${input.programmeId}/calendar`],
  errors: ERRORS,
});
