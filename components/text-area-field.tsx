import type { TextareaHTMLAttributes } from "react";
import { describedBy, FieldNotes } from "./field-notes";

type Props = TextareaHTMLAttributes<HTMLTextAreaElement> & { name: string; label: string; error?: string; hint?: string };

/** A labelled text area (a reason, a note) whose error and hint are tied to it for assistive technology; TextField's sibling. */
export function TextAreaField({ name, label, error, hint, id, className, rows = 2, ...rest }: Props) {
  const fieldId = id ?? `field-${name}`;
  return (
    <div className={className}>
      <label htmlFor={fieldId} className="mb-1 block text-sm font-medium text-slate-700">
        {label}
      </label>
      <textarea id={fieldId} name={name} rows={rows} className="input" aria-invalid={error ? true : undefined} aria-describedby={describedBy(fieldId, hint, error)} {...rest} />
      <FieldNotes fieldId={fieldId} hint={hint} error={error} />
    </div>
  );
}
