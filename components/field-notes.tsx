import type { ReactNode } from "react";

/** The ids a field's hint and error get, for its aria-describedby (undefined when it has neither). */
export function describedBy(fieldId: string, hint?: string, error?: string): string | undefined {
  return [hint ? `${fieldId}-hint` : null, error ? `${fieldId}-error` : null].filter(Boolean).join(" ") || undefined;
}

/** A field's hint and error under it, with the ids `describedBy` points at. */
export function FieldNotes({ fieldId, hint, error }: { fieldId: string; hint?: string; error?: string }) {
  return (
    <>
      {hint ? (
        <p id={`${fieldId}-hint`} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${fieldId}-error`} className="mt-1 text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </>
  );
}

/**
 * A form field's frame: its label above the control (`children`, whose id is `fieldId`), its hint and error under
 * it. TextField, SelectField, DateField and TextAreaField are this frame around their control.
 */
export function FieldFrame({ fieldId, label, hint, error, className, children }: { fieldId: string; label: string; hint?: string; error?: string; className?: string; children: ReactNode }) {
  return (
    <div className={className}>
      <label htmlFor={fieldId} className="mb-1 block text-sm font-medium text-slate-700">
        {label}
      </label>
      {children}
      <FieldNotes fieldId={fieldId} hint={hint} error={error} />
    </div>
  );
}
