"use client";

import type { ComponentProps, ReactNode } from "react";
import type { TFormState } from "@/lib/actions/action-state";
import { FormMessage } from "./form-message";
import { HiddenFields } from "./hidden-fields";
import { SubmitButton } from "./submit-button";

/** What useFormAction returns that the form itself needs. */
type TFormAction = { formAction: (form: FormData) => void; formKey: number; state: TFormState };

/** The submit button's words and look (SubmitButton's props); `label` is its text. */
export type TSubmit = Omit<ComponentProps<typeof SubmitButton>, "children"> & { label: ReactNode };

/**
 * A server action's form, the frame every small decision form repeated: remounted under the action's key after
 * each answer (a refused entry keeps what was typed, a success starts clean), named by `label`, its outcome first
 * (`message` when another state than the action's own speaks), the hidden values it acts on, its fields, then its
 * submit button, disabled with `pendingLabel` while the request runs. Without `submit` the children carry the
 * button (or there is none: a decided invoice keeps its outcome on screen). The server validates, so the browser's
 * own checks are off.
 */
export function ActionForm({
  form,
  label,
  hidden,
  submit,
  message,
  className = "space-y-2",
  children,
}: {
  form: TFormAction;
  label: string;
  hidden?: Record<string, string | number | null | undefined>;
  submit?: TSubmit | null;
  message?: TFormState;
  className?: string;
  children?: ReactNode;
}) {
  const { label: submitLabel, ...button } = submit ?? { label: null };
  return (
    <form key={form.formKey} action={form.formAction} className={className} aria-label={label} noValidate>
      <FormMessage state={message ?? form.state} />
      {hidden ? <HiddenFields values={hidden} /> : null}
      {children}
      {submit ? <SubmitButton {...button}>{submitLabel}</SubmitButton> : null}
    </form>
  );
}
