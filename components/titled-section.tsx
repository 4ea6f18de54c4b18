import type { ReactNode } from "react";
import { MoreLink } from "@/components/text-link";

/**
 * A section named by its heading (aria-labelledby), with an optional link to the whole list beside the heading
 * (`more`): the home's and dashboards' blocks that are not a table (a table's section is TableSection).
 */
export function TitledSection({ id, title, more, className, children }: { id: string; title: ReactNode; more?: { href: string; label: ReactNode }; className?: string; children: ReactNode }) {
  const heading = (
    <h2 id={id} className={`${more ? "" : "mb-2 "}text-lg font-semibold text-slate-900`}>
      {title}
    </h2>
  );
  return (
    <section aria-labelledby={id} className={className}>
      {more ? (
        <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
          {heading}
          <MoreLink href={more.href}>{more.label}</MoreLink>
        </div>
      ) : (
        heading
      )}
      {children}
    </section>
  );
}
