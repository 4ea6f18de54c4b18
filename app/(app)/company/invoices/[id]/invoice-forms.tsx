"use client";

import Link from "next/link";
import { useState } from "react";
import { formCard } from "@/components/form-card";
import { ActionForm } from "@/components/action-form";
import { FormMessage, FormReasons } from "@/components/form-message";
import { HiddenFields } from "@/components/hidden-fields";
import { useT } from "@/components/i18n-provider";
import { SubmitButton } from "@/components/submit-button";
import { TextAreaField } from "@/components/text-area-field";
import { useFormAction } from "@/components/use-form-action";
import { approveIncomingAction, rejectIncomingAction, submitDraftAction, uploadActAction, withdrawInvoiceAction } from "./actions";

/** Submit a draft, or withdraw it (or a submitted invoice nobody approved). */
export function IssuerForms({ invoiceId, canSubmit, canWithdraw }: { invoiceId: number; canSubmit: boolean; canWithdraw: boolean }) {
  const t = useT();
  const submit = useFormAction(submitDraftAction);
  const withdraw = useFormAction(withdrawInvoiceAction);
  return (
    <div className="flex flex-wrap items-start gap-4">
      <ActionForm form={submit} label={t("company.invoice.submitDraft")} hidden={{ invoiceId }} submit={canSubmit ? { label: t("company.invoice.submitDraft"), pendingLabel: t("company.invoice.submitting") } : null}>
        <FormReasons state={submit.state} />
      </ActionForm>
      {canSubmit ? (
        <Link href={`/company/invoices/new?draft=${invoiceId}`} className="btn-secondary">
          {t("company.invoice.edit")}
        </Link>
      ) : null}
      <ActionForm form={withdraw} label={t("company.invoice.withdraw")} hidden={{ invoiceId }} submit={canWithdraw ? { label: t("company.invoice.withdraw"), className: "btn-danger", pendingLabel: t("company.invoice.withdrawing") } : null} />
    </div>
  );
}

/** Files over the limit are stopped here too: sent, they could exceed the request size the server accepts at all. */
export function ActUploadForm({ invoiceId, maxBytes }: { invoiceId: number; maxBytes: number }) {
  const t = useT();
  const upload = useFormAction(uploadActAction);
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  return (
    <form
      key={upload.formKey}
      action={upload.formAction}
      className="space-y-3"
      aria-label={t("company.invoice.actUpload")}
      onSubmit={(e) => {
        const file = (e.currentTarget.elements.namedItem("act") as HTMLInputElement | null)?.files?.[0];
        if (file && file.size > maxBytes) {
          e.preventDefault();
          setTooLarge(t("company.errors.ACT_TOO_LARGE", { file: file.name, sizeMb: (file.size / 1024 / 1024).toFixed(1), maxMb: String(maxBytes / 1024 / 1024) }));
        } else setTooLarge(null);
      }}
    >
      <FormMessage state={tooLarge ? { ok: false, message: tooLarge } : upload.state} />
      <HiddenFields values={{ invoiceId }} />
      <div>
        <label htmlFor="act-file" className="mb-1 block text-sm font-medium text-slate-700">
          {t("company.invoice.actFile")}
        </label>
        <input id="act-file" name="act" type="file" accept=".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg" className="text-sm" aria-describedby="act-hint" />
        <p id="act-hint" className="mt-1 text-xs text-slate-500">
          {t("company.invoice.actHint")}
        </p>
        {upload.errors.act ? <p className="mt-1 text-xs text-red-700">{upload.errors.act}</p> : null}
      </div>
      <SubmitButton className="btn-secondary" pendingLabel={t("company.invoice.actUploading")}>
        {t("company.invoice.actUpload")}
      </SubmitButton>
    </form>
  );
}

/** The payer's decision on a sub-invoice; stays mounted after it so the outcome stays on screen. */
export function PayerForms({ invoiceId, number, canApprove, decidable }: { invoiceId: number; number: string; canApprove: boolean; decidable: boolean }) {
  const t = useT();
  const approve = useFormAction(approveIncomingAction);
  const reject = useFormAction(rejectIncomingAction);
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <ActionForm
        form={approve}
        className={formCard((decidable && canApprove) || Boolean(approve.state.message))}
        label={t("company.invoice.approve")}
        hidden={{ invoiceId, number }}
        submit={decidable && canApprove ? { label: t("company.invoice.approve"), pendingLabel: t("company.invoice.approving") } : null}
      >
        <FormReasons state={approve.state} />
      </ActionForm>
      <ActionForm form={reject} className={formCard(decidable || Boolean(reject.state.message))} label={t("company.invoice.reject")} hidden={{ invoiceId }} submit={decidable ? { label: t("company.invoice.reject"), className: "btn-danger", pendingLabel: t("company.invoice.rejecting") } : null}>
        {decidable ? <TextAreaField id="reason" name="reason" label={t("company.invoice.rejectReason")} defaultValue={reject.state.ok ? "" : (reject.values.reason ?? "")} error={reject.errors.reason} /> : null}
      </ActionForm>
    </div>
  );
}
