"use client";

import { FormMessage } from "@/components/form-message";
import { useT } from "@/components/i18n-provider";
import { SubmitButton } from "@/components/submit-button";
import { TextField } from "@/components/text-field";
import { useFormAction } from "@/components/use-form-action";
import { returnRemainderAction, topUpColourAction } from "./actions";

/** Top up a colour from its budget line; at or after expiry, return what is left to the treasury. */
export function ColourActions({ colourId, canReturn, requestKey, returnLabel }: { colourId: number; canReturn: boolean; requestKey: string; returnLabel: string }) {
  const t = useT();
  const topUp = useFormAction(topUpColourAction);
  const giveBack = useFormAction(returnRemainderAction);
  return (
    <div className="mt-5 grid gap-4 border-t border-slate-100 pt-4 md:grid-cols-2">
      <form key={topUp.formKey} action={topUp.formAction} className="space-y-2" aria-label={t("project.colours.topUp", { id: colourId })} noValidate>
        <FormMessage state={topUp.state} />
        <input type="hidden" name="colourId" value={colourId} />
        <input type="hidden" name="requestKey" value={requestKey} />
        <div className="flex items-end gap-2">
          <TextField
            id={`top-up-${colourId}`}
            name="amount"
            inputMode="decimal"
            label={t("project.colours.topUpAmount")}
            defaultValue={topUp.values.amount}
            error={topUp.errors.amount}
            className="flex-1"
          />
          <SubmitButton className="btn-secondary" pendingLabel={t("project.colours.toppingUp")}>
            {t("project.colours.topUpButton")}
          </SubmitButton>
        </div>
      </form>
      {canReturn ? (
        <form key={giveBack.formKey} action={giveBack.formAction} className="space-y-2" aria-label={t("project.colours.return", { id: colourId })}>
          <FormMessage state={giveBack.state} />
          <input type="hidden" name="colourId" value={colourId} />
          <label className="flex items-start gap-2 text-sm text-slate-700">
            <input type="checkbox" name="confirm" defaultChecked={giveBack.values.confirm === "on"} className="mt-1" aria-invalid={giveBack.errors.confirm ? true : undefined} />
            <span>{returnLabel}</span>
          </label>
          {giveBack.errors.confirm ? <p className="text-xs text-red-700">{giveBack.errors.confirm}</p> : null}
          <SubmitButton className="btn-danger" pendingLabel={t("project.colours.returning")}>
            {t("project.colours.returnButton")}
          </SubmitButton>
        </form>
      ) : (
        <p className="self-end text-sm text-slate-500">{t("project.colours.returnLater")}</p>
      )}
    </div>
  );
}
