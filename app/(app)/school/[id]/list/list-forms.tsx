"use client";

import { FormMessage } from "@/components/form-message";
import { useLocale, useT } from "@/components/i18n-provider";
import { SubmitButton } from "@/components/submit-button";
import { useFormAction } from "@/components/use-form-action";
import { formatMonth } from "@/lib/dates";
import { approveListAction, buildListAction } from "../actions";

type TPupil = { id: number; label: string; onList: boolean };

export function BuildListForm({ schoolId, month, pupils, canBuild, rebuild }: { schoolId: number; month: string; pupils: TPupil[]; canBuild: boolean; rebuild: boolean }) {
  const t = useT();
  const locale = useLocale();
  const { state, formAction, formKey, values } = useFormAction(buildListAction);
  // After a refusal, the pupils the user had ticked; before any answer (or after a success), the list as stored.
  const ticked = values.pupilIds !== undefined ? new Set(values.pupilIds.split(",")) : null;
  const selectAll = (e: React.MouseEvent<HTMLButtonElement>) => {
    for (const box of e.currentTarget.form?.querySelectorAll<HTMLInputElement>('input[name="pupilIds"]') ?? []) box.checked = true;
  };
  return (
    <form key={formKey} action={formAction} className="card space-y-3 p-5" aria-label={t("mealsOffice.list.pupilsLegend", { month: formatMonth(month, locale) })}>
      <FormMessage state={state} />
      <input type="hidden" name="schoolId" value={schoolId} />
      <input type="hidden" name="month" value={month} />
      <fieldset disabled={!canBuild}>
        <legend className="mb-2 text-sm font-semibold text-slate-900">{t("mealsOffice.list.pupilsLegend", { month: formatMonth(month, locale) })}</legend>
        <ul className="grid gap-1 sm:grid-cols-2 lg:grid-cols-3">
          {pupils.map((p) => (
            <li key={p.id}>
              <label className="flex items-center gap-2 text-sm text-slate-800">
                <input type="checkbox" name="pupilIds" value={p.id} defaultChecked={ticked ? ticked.has(String(p.id)) : p.onList} />
                {p.label}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {canBuild ? (
        <div className="flex flex-wrap gap-3">
          <button type="button" className="btn-secondary" onClick={selectAll}>
            {t("mealsOffice.list.selectAll")}
          </button>
          <SubmitButton pendingLabel={t("mealsOffice.list.building")}>{t(rebuild ? "mealsOffice.list.rebuild" : "mealsOffice.list.build")}</SubmitButton>
        </div>
      ) : null}
    </form>
  );
}

/** The director's approval; on a list they built themselves the server refuses it, and the page says why beforehand. */
export function ApproveListForm({ listId, schoolId, month, builtByMe }: { listId: number; schoolId: number; month: string; builtByMe: boolean }) {
  const t = useT();
  const { state, formAction } = useFormAction(approveListAction);
  return (
    <form action={formAction} className="card mb-4 space-y-2 p-4" aria-label={t("mealsOffice.list.approve")}>
      <FormMessage state={state} />
      <input type="hidden" name="listId" value={listId} />
      <input type="hidden" name="schoolId" value={schoolId} />
      <input type="hidden" name="month" value={month} />
      {builtByMe ? (
        <p id="own-list" className="text-sm text-amber-900">
          {t("mealsOffice.list.ownList")}
        </p>
      ) : null}
      <SubmitButton pendingLabel={t("mealsOffice.list.approving")} describedBy={builtByMe ? "own-list" : undefined}>
        {t("mealsOffice.list.approve")}
      </SubmitButton>
    </form>
  );
}
