"use client";

import { useRef } from "react";
import { DataTable } from "@/components/data-table";
import { FormMessage } from "@/components/form-message";
import { RegionOptions } from "@/components/region-options";
import { useLocale, useT } from "@/components/i18n-provider";
import { SelectField } from "@/components/select-field";
import { CheckThenConfirm } from "@/components/check-then-confirm";
import { DateField } from "@/components/date-field";
import { TextAreaField } from "@/components/text-area-field";
import { TextField } from "@/components/text-field";
import { NameFields } from "@/components/name-fields";
import { useFormAction } from "@/components/use-form-action";
import { projectFormAction, type TProjectFormState } from "./actions";

export function NewProjectForm({ ministries }: { ministries: { id: number; name: string }[] }) {
  const t = useT();
  const locale = useLocale();
  const { state, formAction, formKey, errors: err } = useFormAction<TProjectFormState>(projectFormAction);
  const v = state.values ?? {};
  const csv = useRef<HTMLTextAreaElement>(null);
  const canCreate = state.ok === true && !!state.preview;
  return (
    <form key={formKey} action={formAction} className="space-y-6" aria-label={t("projects.newTitle")} noValidate>
      <FormMessage state={state} />
      {state.problems?.length ? (
        <ul className="max-h-60 list-disc space-y-1 overflow-auto rounded-md border border-red-200 bg-red-50 py-2 pl-8 pr-3 text-sm text-red-800">
          {state.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
      <div className="card grid gap-4 p-5 md:grid-cols-2">
        <div className="md:col-span-2">
          <NameFields label={t("projects.fields.name")} values={v} errors={err} maxLength={300} />
        </div>
        <SelectField name="ministryId" label={t("projects.fields.ministry")} defaultValue={v.ministryId ?? String(ministries[0]?.id ?? "")} error={err.ministryId} options={ministries.map((m) => ({ value: m.id, label: m.name }))} />
        <SelectField name="region" label={t("projects.fields.region")} defaultValue={v.region ?? ""} error={err.region}>
          <option value="" disabled>
            —
          </option>
          <RegionOptions locale={locale} />
        </SelectField>
        <TextField name="address" label={t("projects.fields.address")} defaultValue={v.address} error={err.address} className="md:col-span-2" />
        <DateField name="startsOn" label={t("projects.fields.startsOn")} defaultValue={v.startsOn} error={err.startsOn} />
        <DateField name="endsOn" label={t("projects.fields.endsOn")} defaultValue={v.endsOn} error={err.endsOn} />
      </div>
      <div className="card space-y-3 p-5">
        <TextAreaField
          name="csv"
          label={t("projects.fields.csv")}
          hint={t("projects.fields.csvHint")}
          ref={csv}
          defaultValue={v.csv}
          rows={10}
          spellCheck={false}
          isMonospace
          placeholder={"code;name;category;unit;quantity;ceiling unit price\n236310.100.000003;Ready-mixed concrete B25;23.63;м3;6800;34000"}
        />
        <div>
          <label htmlFor="csv-file" className="mb-1 block text-sm text-slate-600">
            {t("projects.fields.file")}
          </label>
          <input
            id="csv-file"
            type="file"
            accept=".csv,text/csv,text/plain"
            className="text-sm"
            onChange={async (e) => {
              const file = e.currentTarget.files?.[0];
              if (file && csv.current) csv.current.value = await file.text();
            }}
          />
        </div>
      </div>
      {state.preview && state.preview.count > 0 ? (
        <DataTable
          label={t("projects.preview")}
          locale={locale}
          rows={state.preview.rows}
          rowKey={(r) => r.line}
          empty={null}
          columns={[
            { key: "line", header: t("projects.previewColumns.line"), className: "tabular-nums text-slate-500", cell: (r) => r.line },
            { key: "code", header: t("projects.previewColumns.code"), className: "font-mono text-xs", cell: (r) => r.code },
            { key: "name", header: t("projects.previewColumns.name"), cell: (r) => r.name },
            { key: "unit", header: t("projects.previewColumns.unit"), cell: (r) => r.unit },
            { key: "quantity", header: t("projects.previewColumns.quantity"), numeric: true, cell: (r) => r.quantity },
            { key: "price", header: t("projects.previewColumns.price"), numeric: true, cell: (r) => r.price },
            { key: "amount", header: t("projects.previewColumns.amount"), numeric: true, cell: (r) => r.amount },
          ]}
        />
      ) : null}
      <CheckThenConfirm check={{ label: t("projects.preview"), pendingLabel: t("projects.previewing") }} confirm={{ intent: "create", label: t("projects.create"), pendingLabel: t("projects.creating") }} canConfirm={canCreate} />
    </form>
  );
}
