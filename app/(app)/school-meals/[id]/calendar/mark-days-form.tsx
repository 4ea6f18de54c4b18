"use client";

import { DateField } from "@/components/date-field";
import { useT } from "@/components/i18n-provider";
import { SelectField } from "@/components/select-field";
import { SubmitButton } from "@/components/submit-button";
import { TextField } from "@/components/text-field";
import { TitledForm } from "@/components/titled-form";
import { useFormAction } from "@/components/use-form-action";
import { CALENDAR_MARK_CHOICES } from "@/lib/meals/school-forms";
import { markCalendarAction } from "../actions";

export function MarkDaysForm({ programmeId, schoolId }: { programmeId: number; schoolId: number }) {
  const t = useT();
  const { state, formAction, formKey, values, errors } = useFormAction(markCalendarAction);
  return (
    <TitledForm key={formKey} action={formAction} state={state} title={t("mealsOffice.calendar.form.title")}>
      <input type="hidden" name="programmeId" value={programmeId} />
      <input type="hidden" name="schoolId" value={schoolId} />
      <DateField name="from" label={t("mealsOffice.calendar.form.from")} defaultValue={values.from} error={errors.from} />
      <DateField name="to" label={t("mealsOffice.calendar.form.to")} defaultValue={values.to} error={errors.to} />
      <SelectField
        name="mark"
        label={t("mealsOffice.calendar.form.mark")}
        hint={t("mealsOffice.calendar.form.hint")}
        defaultValue={values.mark ?? "holiday"}
        error={errors.mark}
        options={CALENDAR_MARK_CHOICES.map((m) => ({ value: m, label: t(`mealsOffice.calendar.marks.${m}`) }))}
      />
      <TextField name="note" label={t("mealsOffice.calendar.form.note")} maxLength={200} defaultValue={values.note} error={errors.note} />
      <SubmitButton pendingLabel={t("mealsOffice.calendar.form.pending")}>{t("mealsOffice.calendar.form.submit")}</SubmitButton>
    </TitledForm>
  );
}
