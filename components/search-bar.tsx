import type { ReactNode } from "react";

/** The search row of a list page: a free-text query, optional filters, hidden state to keep, a submit button. */
export function SearchBar({ label, placeholder, query, submitLabel, keep, className = "", children }: { label: string; placeholder: string; query?: string; submitLabel: string; keep?: Record<string, string | undefined>; className?: string; children?: ReactNode }) {
  return (
    <form className={`flex flex-wrap items-end gap-3 ${className}`} role="search" aria-label={label}>
      <div className="min-w-56 flex-1">
        <label htmlFor="q" className="mb-1 block text-sm font-medium text-slate-700">
          {label}
        </label>
        <input id="q" name="q" type="search" defaultValue={query} placeholder={placeholder} className="input" />
      </div>
      {children}
      {Object.entries(keep ?? {}).map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null))}
      <button type="submit" className="btn-primary">
        {submitLabel}
      </button>
    </form>
  );
}

/** A labelled select inside a SearchBar. */
/**
 * A filter beside the search box. `all` labels the empty choice (no filter); `options` are the choices, or pass
 * `<option>`s as children (RegionOptions).
 */
export function FilterSelect({
  name,
  label,
  value,
  all,
  options,
  children,
}: {
  name: string;
  label: string;
  value: string;
  all?: string;
  options?: readonly { value: string | number; label: string }[];
  children?: ReactNode;
}) {
  return (
    <div>
      <label htmlFor={name} className="mb-1 block text-sm font-medium text-slate-700">
        {label}
      </label>
      <select id={name} name={name} defaultValue={value} className="input">
        {all != null ? <option value="">{all}</option> : null}
        {options?.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
        {children}
      </select>
    </div>
  );
}

/** The one row a table shows when nothing matches. */
export function EmptyRow({ colSpan, message }: { colSpan: number; message: string }) {
  return (
    <tr>
      <td colSpan={colSpan} className="px-3 py-10 text-center text-slate-500">
        {message}
      </td>
    </tr>
  );
}
