import { z } from "zod";
import { zId } from "../http/parse-id";
import { iinProblem } from "../kz/iin";
import { zText } from "../text-field";

// What the school's forms accept (decision 0202), pure so that the client and the tests read the same lists.

/** Categories of pupils eligible for free meals; the catalogue words each (mealsOffice.categories). */
export const PUPIL_CATEGORIES = ["primary", "low-income", "large family", "disability", "orphan"] as const;

export const ZAddPupil = z.object({
  schoolId: zId(),
  iin: z
    .string()
    .trim()
    .superRefine((iin, ctx) => {
      const problem = iinProblem(iin);
      if (problem) ctx.addIssue({ code: "custom", message: `contractors.errors.iin.${problem}` });
    }),
  className: zText({ min: 1, max: 10 }),
  category: z.enum(PUPIL_CATEGORIES, { message: "invalidChoice" }),
});

/** The IIN as it may be shown back: its last four digits only. */
export const maskIin = (iin: string) => `••••••••${iin.slice(-4)}`;

export const ZMonth = z.string().regex(/^(20\d\d|2100)-(0[1-9]|1[0-2])$/, { message: "invalidChoice" });

export const ZBuildList = z.object({
  schoolId: zId(),
  month: ZMonth,
  pupilIds: z.array(zId()).max(20_000),
});

/** How the district marks a range of days on a school's calendar (lib/meals/office-writes.ts#markSchoolDays). */
export const CALENDAR_MARK_CHOICES = ["school", "holiday"] as const;
