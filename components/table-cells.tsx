import type { InputHTMLAttributes, ReactNode } from "react";
import { TextLink } from "@/components/text-link";

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

/**
 * A table row's naming cell: the record's name (a link to its page when it has `href`) with a small line under it
 * (its number, its BIN, its ministry). `weight` "normal" for a second link in a row (the first one is the row's
 * name); `isMonoNote` sets the line in monospace (BINs, codes).
 */
export function NameCell({ href, children, note, isMonoNote = false, weight = "medium" }: { href?: string; children: ReactNode; note?: ReactNode; isMonoNote?: boolean; weight?: "medium" | "normal" }) {
  return (
    <>
      {href ? (
        <TextLink href={href} className={weight === "medium" ? "font-medium" : undefined}>
          {children}
        </TextLink>
      ) : (
        children
      )}
      {note ? <div className={isMonoNote ? "font-mono text-xs text-slate-500" : "text-xs text-slate-500"}>{note}</div> : null}
    </>
  );
}
