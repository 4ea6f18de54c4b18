import type { ReactNode } from "react";

/**
 * A section named by its heading (aria-labelledby → the h2's id): the shape of a titled block that is not a table
 * (TableSection is the one for tables). Spacing and the card are the caller's `className`: "card space-y-3 p-5" for
 * a card, "mb-8 space-y-2" for a block on the page.
 */
export function TitledSection({ id, title, className, children }: { id: string; title: ReactNode; className?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className="text-lg font-semibold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  );
}
