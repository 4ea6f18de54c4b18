import type { InputHTMLAttributes } from "react";
import { describedBy, FieldNotes } from "./field-notes";

type Props = InputHTMLAttributes<HTMLInputElement> & { name: string; label: string; error?: string; hint?: string };

/** A labelled input whose error and hint are tied to it for assistive technology. */
export function TextField({ name, label, error, hint, id, className, ...rest }: Props) {
  const inputId = id ?? `field-${name}`;
  const described = describedBy(inputId, hint, error);
  return (
    <div className={className}>
      <label htmlFor={inputId} className="mb-1 block text-sm font-medium text-slate-700">
        {label}
      </label>
      <input id={inputId} name={name} className="input" aria-invalid={error ? true : undefined} aria-describedby={described} {...rest} />
      <FieldNotes fieldId={inputId} hint={hint} error={error} />
    </div>
  );
}
