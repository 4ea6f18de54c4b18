import type { ReactNode, SelectHTMLAttributes } from "react";

type Props = SelectHTMLAttributes<HTMLSelectElement> & { name: string; label: string; error?: string; hint?: string; children: ReactNode };

export function SelectField({ name, label, error, hint, id, className, children, ...rest }: Props) {
  const selectId = id ?? `field-${name}`;
  const described = [hint ? `${selectId}-hint` : null, error ? `${selectId}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <label htmlFor={selectId} className="mb-1 block text-sm font-medium text-slate-700">
        {label}
      </label>
      <select id={selectId} name={name} className="input" aria-invalid={error ? true : undefined} aria-describedby={described} {...rest}>
        {children}
      </select>
      {hint ? (
        <p id={`${selectId}-hint`} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${selectId}-error`} className="mt-1 text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
