"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * A container that scrolls sideways (a wide table on a narrow screen) and can then be scrolled with the keyboard
 * (WCAG 2.1.1; axe "scrollable-region-focusable", decision 0175). Rendered focusable, so it is reachable before
 * the page hydrates too; once it runs in the browser it stays a tab stop only while its content is wider than it,
 * so tables that fit add no extra stop. Named like the table it holds. Positioned (`relative`) so that what a table
 * positions absolutely — the screen-reader-only text of an action link — stays inside the scroll box instead of
 * widening the whole page on a phone (the estimate table made a 320 px page 1,137 px wide, decision 0256).
 */
export function ScrollArea({ id, className, label, labelledBy, children }: { id?: string; className: string; label?: string; labelledBy?: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => {
      const scrolls = el.scrollWidth > el.clientWidth + 1;
      if (scrolls) el.setAttribute("tabindex", "0");
      else if (document.activeElement !== el) el.removeAttribute("tabindex");
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, []);
  const named = label || labelledBy;
  return (
    <div ref={ref} id={id} className={`relative ${className}`} tabIndex={0} role={named ? "group" : undefined} aria-label={label} aria-labelledby={labelledBy}>
      {children}
    </div>
  );
}
