"use server";

import { z } from "zod";
import { defineAction, redirectTo, type TFormAction } from "@/lib/actions/action";
import type { TFormState } from "@/lib/actions/action-state";
import { zId } from "@/lib/http/parse-id";
import { approveEligibilityList, buildEligibilityList, issueVoucher, registerPupil } from "@/lib/meals/eligibility";
import { maskIin, ZAddPupil, ZBuildList, ZMonth } from "@/lib/meals/school-forms";
import { voucherLinkPath } from "@/lib/meals/school-screens";

// The school's own actions (decision 0202): staff and directors of the school, scoped in lib by their school_staff
// rows (another school reads as "not found").

const ERRORS = { sections: ["mealsOffice", "meals"] } as const;

export const addPupilAction = defineAction({
  name: "addPupilAction",
  roles: ["school"],
  values: ["schoolId", "iin", "className", "category"],
  schema: ZAddPupil,
  run: async ({ actor, input, t }) => {
    const pupil = await registerPupil({ actor, schoolId: input.schoolId, iin: input.iin, className: input.className, category: input.category });
    // The IIN goes no further than this sentence, masked: the database holds only its keyed hash.
    return { ok: true, message: t("mealsOffice.pupils.add.done", { masked: maskIin(input.iin), className: pupil.className, id: pupil.id }) };
  },
  revalidate: (input) => [`/school/${input.schoolId}`],
  errors: ERRORS,
});

export type TVoucherState = TFormState & { secret?: string; link?: string };

export const issueVoucherAction: TFormAction<TVoucherState> = defineAction({
  name: "issueVoucherAction",
  roles: ["school"],
  values: ["pupilId", "programmeId", "schoolId"],
  schema: z.object({ pupilId: zId(), programmeId: zId() }),
  run: async ({ actor, input, t }) => {
    const { secret } = await issueVoucher({ actor, programmeId: input.programmeId, pupilId: input.pupilId });
    // The secret is answered once, to this form; only its hash is kept, so it can never be shown again.
    return { ok: true, message: t("mealsOffice.pupils.voucher.issued", { pupil: input.pupilId }), secret, link: voucherLinkPath(secret) };
  },
  errors: ERRORS,
});

export const buildListAction = defineAction({
  name: "buildListAction",
  roles: ["school"],
  // The ticked pupils kept as one list: a refused list comes back with the same pupils ticked.
  values: (form) => ({ schoolId: String(form.get("schoolId") ?? ""), month: String(form.get("month") ?? ""), pupilIds: form.getAll("pupilIds").map(String).join(",") }),
  schema: ZBuildList,
  shape: (values, form) => ({ ...values, pupilIds: form.getAll("pupilIds").map(String) }),
  run: async ({ actor, input }) => {
    await buildEligibilityList({ actor, schoolId: input.schoolId, month: new Date(`${input.month}-01T00:00:00Z`), pupilIds: input.pupilIds });
    return redirectTo(`/school/${input.schoolId}/list?month=${input.month}`, "mealsOffice.listBuilt");
  },
  revalidate: (input) => [`/school/${input.schoolId}`, `/school/${input.schoolId}/list`],
  errors: ERRORS,
});

export const approveListAction = defineAction({
  name: "approveListAction",
  roles: ["school"],
  values: ["listId", "schoolId", "month"],
  schema: z.object({ listId: zId(), schoolId: zId(), month: ZMonth }),
  run: async ({ actor, input }) => {
    await approveEligibilityList({ actor, listId: input.listId });
    return redirectTo(`/school/${input.schoolId}/list?month=${input.month}`, "mealsOffice.listApproved");
  },
  revalidate: (input) => [`/school/${input.schoolId}`, `/school/${input.schoolId}/list`],
  errors: ERRORS,
});
