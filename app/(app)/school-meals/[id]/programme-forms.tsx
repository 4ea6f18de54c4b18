"use client";

import { ActionForm } from "@/components/action-form";
import { ChoiceButtons } from "@/components/choice-buttons";
import { DateField } from "@/components/date-field";
import { useT } from "@/components/i18n-provider";
import { SubmitButton } from "@/components/submit-button";
import { TextField } from "@/components/text-field";
import { TitledForm } from "@/components/titled-form";
import { useFormAction } from "@/components/use-form-action";
import { MEAL_TYPES } from "@/lib/meals/rules";
import { addCanteenContractAction, reviewDisputeAction, settleMealsAction } from "./actions";

export function AddContractForm({ programmeId, schools, ceilings }: { programmeId: number; schools: { id: number; name: string }[]; ceilings: Record<string, string> }) {
  const t = useT();
  const { state, formAction, formKey, values, errors } = useFormAction(addCanteenContractAction);
  return (
    <TitledForm key={formKey} action={formAction} state={state} title={t("mealsOffice.contract.title")}>
      <input type="hidden" name="programmeId" value={programmeId} />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <TextField name="bin" label={t("mealsOffice.contract.bin")} hint={t("mealsOffice.contract.binHint")} inputMode="numeric" maxLength={12} defaultValue={values.bin} error={errors.bin} />
        <TextField name="number" label={t("mealsOffice.contract.number")} maxLength={60} defaultValue={values.number} error={errors.number} />
        <DateField name="startsOn" label={t("mealsOffice.contract.startsOn")} defaultValue={values.startsOn} error={errors.startsOn} />
        <DateField name="endsOn" label={t("mealsOffice.contract.endsOn")} defaultValue={values.endsOn} error={errors.endsOn} />
      </div>
      <fieldset>
        <legend className="mb-1 text-sm font-medium text-slate-700">{t("mealsOffice.contract.schools")}</legend>
        <div className="flex flex-wrap gap-4">
          {schools.map((s) => (
            <label key={s.id} className="flex items-center gap-2 text-sm">
              {/* A refused form comes back with the schools it was sent with (kept as one comma-separated value). */}
              <input type="checkbox" name="schoolIds" value={s.id} defaultChecked={(values.schoolIds ?? "").split(",").includes(String(s.id))} />
              {s.name}
            </label>
          ))}
        </div>
        {errors.schoolIds ? <p className="mt-1 text-sm text-red-700">{errors.schoolIds}</p> : null}
      </fieldset>
      {MEAL_TYPES.map((type) => (
        <fieldset key={type} className="grid gap-4 sm:grid-cols-4">
          <legend className="sr-only">{t(`meals.mealTypes.${type}`)}</legend>
          <label className="flex items-center gap-2 self-end text-sm font-medium text-slate-700">
            <input type="checkbox" name={`${type}Enabled`} defaultChecked={values[`${type}Enabled`] === "on" || !state.values} />
            {t("mealsOffice.contract.serves", { mealType: t(`meals.mealTypes.${type}`) })}
          </label>
          <TextField
            id={`field-${type}Tariff`}
            name={`${type}Tariff`}
            label={`${t(`meals.mealTypes.${type}`)}: ${t("mealsOffice.contract.tariff")}`}
            hint={ceilings[type] ? t("mealsOffice.contract.tariffHint", { ceiling: ceilings[type] }) : undefined}
            inputMode="decimal"
            defaultValue={values[`${type}Tariff`]}
            error={errors[`${type}.tariff`]}
          />
          <TextField name={`${type}From`} label={t("mealsOffice.contract.from")} placeholder="08:00" defaultValue={values[`${type}From`]} error={errors[`${type}.from`]} />
          <TextField name={`${type}To`} label={t("mealsOffice.contract.to")} placeholder="09:30" defaultValue={values[`${type}To`]} error={errors[`${type}.to`]} />
        </fieldset>
      ))}
      {errors.meals ? <p className="text-sm text-red-700">{errors.meals}</p> : null}
      <SubmitButton pendingLabel={t("mealsOffice.contract.pending")}>{t("mealsOffice.contract.submit")}</SubmitButton>
    </TitledForm>
  );
}

/** Settles the period a day falls in; the button holds while it runs, and a second settlement of it pays nothing. */
export function SettleForm({ programmeId, contractId, period }: { programmeId: number; contractId: number; period: string }) {
  const t = useT();
  const form = useFormAction(settleMealsAction);
  const { values, errors } = form;
  return (
    <ActionForm
      form={form}
      label={`${t("mealsOffice.settle.submit")} ${contractId}`}
      className="min-w-48 space-y-2"
      hidden={{ programmeId, contractId }}
      submit={{ label: t("mealsOffice.settle.submit"), className: "btn-secondary", pendingLabel: t("mealsOffice.settle.pending") }}
    >
      <DateField id={`settle-day-${contractId}`} name="day" label={t("mealsOffice.settle.day")} hint={t("mealsOffice.settle.dayHint", { period })} defaultValue={values.day} error={errors.day} />
    </ActionForm>
  );
}

export function ReviewDisputeForm({ programmeId, disputeId }: { programmeId: number; disputeId: number }) {
  const t = useT();
  const form = useFormAction(reviewDisputeAction);
  const { values, errors } = form;
  return (
    <ActionForm form={form} label={`${t("mealsOffice.programme.disputeColumns.decide")} ${disputeId}`} className="min-w-56 space-y-2" hidden={{ programmeId, disputeId }}>
      <TextField id={`dispute-note-${disputeId}`} name="note" label={t("mealsOffice.dispute.note")} maxLength={1000} defaultValue={values.note} error={errors.note} />
      <ChoiceButtons
        name="decision"
        pendingLabel={t("mealsOffice.dispute.pending")}
        choices={[
          { value: "upheld", label: t("mealsOffice.dispute.uphold") },
          { value: "dismissed", label: t("mealsOffice.dispute.dismiss") },
        ]}
      />
    </ActionForm>
  );
}
