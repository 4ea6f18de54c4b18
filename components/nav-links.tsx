"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export function NavLinks({ items, label, className = "" }: { items: { href: string; label: string }[]; label: string; className?: string }) {
  const pathname = usePathname();
  return (
    // A row of its own (decision 0239): from 640 px the links wrap onto another line rather than hide; narrower,
    // what does not fit scrolls sideways (every link stays in the page, visible once scrolled to).
    <nav aria-label={label} className={`overflow-x-auto sm:overflow-visible ${className}`}>
      <ul className="flex gap-0.5 whitespace-nowrap sm:flex-wrap">
        {items.map((item) => {
          const within = (href: string) => pathname === href || pathname.startsWith(`${href}/`);
          // The most specific section is current: /company/invoices is "Invoices", not also "Dashboard" (/company).
          const current = within(item.href) && !items.some((other) => other.href.length > item.href.length && other.href.startsWith(`${item.href}/`) && within(other.href));
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={`block rounded-md px-2.5 py-2 text-sm font-medium ${current ? "bg-brand-50 text-brand-700" : "text-slate-600 hover:bg-slate-100 hover:text-slate-900"}`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
