import type { InputHTMLAttributes, ReactNode } from "react";

/** An estimate item as a table cell: its code (small, monospace) above its name. */
export function CodeName({ code, name }: { code: string; name: ReactNode }) {
  return (
    <>
      <div className="font-mono text-xs">{code}</div>
      <div>{name}</div>
    </>
  );
}

/** A figure typed in a table row (quantity, price), right-aligned, with its field error under it. */
export function CellInput({ error, className = "input text-right", ...props }: InputHTMLAttributes<HTMLInputElement> & { error?: string }) {
  return (
    <>
      <input inputMode="decimal" className={className} aria-invalid={error ? true : undefined} {...props} />
      {error ? <p className="mt-1 text-xs text-red-700">{error}</p> : null}
    </>
  );
}
