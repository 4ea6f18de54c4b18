import { TextLink } from "@/components/text-link";
import type { ReactNode } from "react";
import type { TFlagPair, TLinkText } from "@/lib/flags/flag-view";
import { LocalText } from "@/components/local-name";

export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="mt-8">
      <h2 className="mb-3 text-lg font-semibold text-slate-900">{title}</h2>
      {children}
    </section>
  );
}

/** A text, linked when it has somewhere to go: a company's flags as a page link, a row on this page as an anchor. */
export function LinkText({ value }: { value: TLinkText }) {
  const text = <LocalText text={value.text} lang={value.lang} fallback={value.fallback} />;
  if (!value.href) return text;
  if (value.href.startsWith("#"))
    return (
      <a href={value.href} className="text-brand-700 hover:underline">
        {text}
      </a>
    );
  return <TextLink href={value.href}>{text}</TextLink>;
}

export function Pairs({ rows }: { rows: TFlagPair[] }) {
  return (
    <dl className="card grid gap-x-6 gap-y-3 p-5 sm:grid-cols-2 lg:grid-cols-3">
      {rows.map((r) => (
        <div key={r.label}>
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{r.label}</dt>
          <dd className="mt-0.5 text-sm text-slate-900">
            <LinkText value={r.value} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function Relations({ rows }: { rows: { text: string; person: string | null }[] }) {
  return (
    <ul className="card divide-y divide-slate-100 text-sm">
      {rows.map((r, i) => (
        <li key={i} className="px-4 py-2">
          {r.text}
          {r.person ? <span className="text-slate-600"> — {r.person}</span> : null}
        </li>
      ))}
    </ul>
  );
}
