"use client";

import { useT } from "@/components/i18n-provider";
import { SubmitButton } from "@/components/submit-button";
import { TextField } from "@/components/text-field";
import { TitledForm } from "@/components/titled-form";
import { useFormAction } from "@/components/use-form-action";
import { openCaseAction } from "./actions";

export function OpenCaseForm({ attach, attachLabel }: { attach: string | null; attachLabel: string | null }) {
  const t = useT();
  const { state, formAction, formKey, values, errors } = useFormAction(openCaseAction);
  return (
    <TitledForm key={formKey} id="open" action={formAction} state={state} title={t("cases.openTitle")}>
      {attach ? (
        <>
          <input type="hidden" name="attach" value={attach} />
          <p className="text-sm text-slate-700">{t("cases.willAttach", { item: attachLabel ?? attach })}</p>
        </>
      ) : null}
      <TextField name="title" label={t("cases.fields.title")} defaultValue={values.title} error={errors.title} />
      <div>
        <label htmlFor="field-summary" className="mb-1 block text-sm font-medium text-slate-700">
          {t("cases.fields.summary")}
        </label>
        <textarea id="field-summary" name="summary" rows={3} className="input" defaultValue={values.summary} />
      </div>
      <SubmitButton pendingLabel={t("cases.opening")}>{t("cases.open")}</SubmitButton>
    </TitledForm>
  );
}
