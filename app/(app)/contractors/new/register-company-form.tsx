"use client";

import { useState } from "react";
import { FormMessage } from "@/components/form-message";
import { useLocale, useT } from "@/components/i18n-provider";
import { RegionOptions } from "@/components/region-options";
import { SelectField } from "@/components/select-field";
import { SubmitButton } from "@/components/submit-button";
import { DateField } from "@/components/date-field";
import { TextField } from "@/components/text-field";
import { useFormAction } from "@/components/use-form-action";
import { registerCompanyAction } from "./actions";

type TRow = { key: number; role: "director" | "founder" };

let nextKey = 0;

/** The rows a refused form had (people.N.role in its values), or one director and one founder to start. */
function initialRows(values: Record<string, string>): TRow[] {
  const roles = Object.entries(values)
    .map(([k, v]) => [/^people\.(\d+)\.role$/.exec(k)?.[1], v] as const)
    .filter((e): e is [string, string] => e[0] !== undefined)
    .sort((a, b) => Number(a[0]) - Number(b[0]));
  if (roles.length === 0) return [{ key: nextKey++, role: "director" }, { key: nextKey++, role: "founder" }];
  return roles.map(([, role]) => ({ key: nextKey++, role: role === "founder" ? "founder" : "director" }));
}

export function RegisterCompanyForm() {
  const t = useT();
  const { state, formAction, formKey, values: v, errors: err } = useFormAction(registerCompanyAction);
  return (
    <form key={formKey} action={formAction} className="space-y-6" aria-label={t("contractors.registerTitle")} noValidate>
      <FormMessage state={state} />
      <CompanyFields v={v} err={err} />
      <PeopleFields v={v} err={err} />
      <SubmitButton className="btn-primary" pendingLabel={t("contractors.registering")}>
        {t("contractors.register")}
      </SubmitButton>
    </form>
  );
}

function CompanyFields({ v, err }: { v: Record<string, string>; err: Record<string, string> }) {
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <fieldset className="card grid gap-4 p-5 md:grid-cols-2">
        <legend className="px-1 text-sm font-semibold text-slate-700">{t("contractors.companySection")}</legend>
        <TextField name="bin" label={t("contractors.fields.bin")} hint={t("contractors.fields.binHint")} defaultValue={v.bin} error={err.bin} inputMode="numeric" maxLength={12} autoComplete="off" required />
        <DateField name="registeredOn" label={t("contractors.fields.registeredOn")} defaultValue={v.registeredOn} error={err.registeredOn} required />
        <TextField name="name" label={t("contractors.fields.name")} defaultValue={v.name} error={err.name} required />
        <TextField name="nameRu" label={t("contractors.fields.nameRu")} defaultValue={v.nameRu} error={err.nameRu} />
        <TextField name="address" label={t("contractors.fields.address")} defaultValue={v.address} error={err.address} className="md:col-span-2" required />
        <SelectField name="region" label={t("contractors.fields.region")} defaultValue={v.region ?? ""} error={err.region}>
          <option value="" disabled>
            —
          </option>
          <RegionOptions locale={locale} />
        </SelectField>
      </fieldset>
      <fieldset className="card grid gap-4 p-5 md:grid-cols-2">
        <legend className="px-1 text-sm font-semibold text-slate-700">{t("contractors.bankSection")}</legend>
        <TextField name="bankAccount" label={t("contractors.fields.bankAccount")} hint={t("contractors.fields.bankAccountHint")} defaultValue={v.bankAccount} error={err.bankAccount} autoComplete="off" spellCheck={false} required className="md:col-span-2" />
      </fieldset>
    </>
  );
}

function PeopleFields({ v, err }: { v: Record<string, string>; err: Record<string, string> }) {
  const t = useT();
  const [rows, setRows] = useState<TRow[]>(() => initialRows(v));
  const add = (role: TRow["role"]) => setRows((r) => [...r, { key: nextKey++, role }]);
  return (
    <fieldset className="card space-y-4 p-5" aria-describedby="people-hint">
      <legend className="px-1 text-sm font-semibold text-slate-700">{t("contractors.people")}</legend>
      <p id="people-hint" className="text-xs text-slate-500">
        {t("contractors.peopleHint")}
      </p>
      {err.people ? (
        <p role="alert" className="text-sm text-red-700">
          {err.people}
        </p>
      ) : null}
      {rows.map((row, i) => (
        <div key={row.key} role="group" aria-label={t("contractors.personN", { n: i + 1 })} className="grid gap-3 rounded-md border border-slate-200 p-3 md:grid-cols-[1.6fr_1fr_0.9fr_0.7fr_auto] md:items-start">
          <TextField id={`person-${row.key}-name`} name={`people.${i}.fullName`} label={t("contractors.fields.fullName")} defaultValue={v[`people.${i}.fullName`]} error={err[`people.${i}.fullName`]} />
          <TextField id={`person-${row.key}-iin`} name={`people.${i}.iin`} label={t("contractors.fields.iin")} hint={i === 0 ? t("contractors.fields.iinHint") : undefined} defaultValue={v[`people.${i}.iin`]} error={err[`people.${i}.iin`]} inputMode="numeric" maxLength={12} autoComplete="off" />
          <SelectField
            id={`person-${row.key}-role`}
            name={`people.${i}.role`}
            label={t("contractors.fields.role")}
            value={row.role}
            onChange={(e) => {
              const role = e.currentTarget.value === "founder" ? "founder" : "director";
              setRows((r) => r.map((x) => (x.key === row.key ? { ...x, role } : x)));
            }}
            error={err[`people.${i}.role`]}
          >
            <option value="director">{t("contractors.roles.director")}</option>
            <option value="founder">{t("contractors.roles.founder")}</option>
          </SelectField>
          {row.role === "founder" ? (
            <TextField id={`person-${row.key}-share`} name={`people.${i}.share`} label={t("contractors.fields.share")} defaultValue={v[`people.${i}.share`]} error={err[`people.${i}.share`]} inputMode="decimal" />
          ) : (
            <div aria-hidden />
          )}
          <button type="button" className="btn-secondary mt-6 px-2.5 py-1 text-xs" onClick={() => setRows((r) => r.filter((x) => x.key !== row.key))} aria-label={t("contractors.removePerson", { n: i + 1 })}>
            ✕
          </button>
        </div>
      ))}
      <div className="flex flex-wrap gap-3">
        <button type="button" className="btn-secondary" onClick={() => add("director")}>
          + {t("contractors.addDirector")}
        </button>
        <button type="button" className="btn-secondary" onClick={() => add("founder")}>
          + {t("contractors.addFounder")}
        </button>
      </div>
    </fieldset>
  );
}
