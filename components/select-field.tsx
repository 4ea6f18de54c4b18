import type { ReactNode, SelectHTMLAttributes } from "react";
import { describedBy, FieldNotes } from "./field-notes";

type Props = SelectHTMLAttributes<HTMLSelectElement> & { name: string; label: string; error?: string; hint?: string; children: ReactNode };

export function SelectField({ name, label, error, hint, id, className, children, ...rest }: Props) {
  const selectId = id ?? `field-${name}`;
  const described = describedBy(selectId, hint, error);
  return (
    <div className={className}>
      <label htmlFor={selectId} className="mb-1 block text-sm font-medium text-slate-700">
        {label}
      </label>
      <select id={selectId} name={name} className="input" aria-invalid={error ? true : undefined} aria-describedby={described} {...rest}>
        {children}
      </select>
      <FieldNotes fieldId={selectId} hint={hint} error={error} />
    </div>
  );
}
