"use client";

import { FormMessage } from "@/components/form-message";
import { useT } from "@/components/i18n-provider";
import { SelectField } from "@/components/select-field";
import { SubmitButton } from "@/components/submit-button";
import { TextField } from "@/components/text-field";
import { TitledForm } from "@/components/titled-form";
import { useFormAction } from "@/components/use-form-action";
import { PUPIL_CATEGORIES } from "@/lib/meals/school-forms";
import { addPupilAction, issueVoucherAction } from "./actions";

export function AddPupilForm({ schoolId }: { schoolId: number }) {
  const t = useT();
  const { state, formAction, formKey, values, errors } = useFormAction(addPupilAction);
  return (
    <TitledForm key={formKey} action={formAction} state={state} title={t("mealsOffice.pupils.add.title")}>
      <input type="hidden" name="schoolId" value={schoolId} />
      {/* The IIN is never echoed back into the form after a success: the next pupil starts clean. */}
      <TextField name="iin" label={t("mealsOffice.pupils.add.iin")} hint={t("mealsOffice.pupils.add.iinHint")} inputMode="numeric" autoComplete="off" maxLength={12} defaultValue={values.iin} error={errors.iin} />
      <TextField name="className" label={t("mealsOffice.pupils.add.className")} maxLength={10} defaultValue={values.className} error={errors.className} />
      <SelectField
        name="category"
        label={t("mealsOffice.pupils.add.category")}
        defaultValue={values.category}
        error={errors.category}
        options={PUPIL_CATEGORIES.map((c) => ({ value: c, label: t(`mealsOffice.categories.${c}`) }))}
      />
      <SubmitButton pendingLabel={t("mealsOffice.pupils.add.pending")}>{t("mealsOffice.pupils.add.submit")}</SubmitButton>
    </TitledForm>
  );
}

/** Issues the pupil's voucher; the link and code come back once, here, and are never shown again. */
export function IssueVoucherForm({ pupilId, programmeId, schoolId }: { pupilId: number; programmeId: number; schoolId: number }) {
  const t = useT();
  const { state, formAction } = useFormAction(issueVoucherAction);
  if (state.ok && state.secret) {
    const link = `${typeof window === "undefined" ? "" : window.location.origin}${state.link}`;
    return (
      <div className="space-y-1 rounded-md bg-brand-50 p-2 text-sm text-brand-900" role="status" data-testid="voucher-secret">
        <p>{state.message}</p>
        <p>
          {t("mealsOffice.pupils.voucher.link")}: <code className="break-all">{link}</code>
        </p>
        <p>
          {t("mealsOffice.pupils.voucher.code")}: <code className="break-all">{state.secret}</code>
        </p>
        <p className="text-xs">{t("mealsOffice.pupils.voucher.copyHint")}</p>
      </div>
    );
  }
  return (
    <form action={formAction} className="space-y-1">
      <input type="hidden" name="pupilId" value={pupilId} />
      <input type="hidden" name="programmeId" value={programmeId} />
      <input type="hidden" name="schoolId" value={schoolId} />
      <FormMessage state={state} />
      <SubmitButton className="btn-secondary" pendingLabel={t("mealsOffice.pupils.voucher.pending")}>
        {t("mealsOffice.pupils.voucher.issue")}
      </SubmitButton>
    </form>
  );
}
