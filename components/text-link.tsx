import Link from "next/link";
import type { ReactNode } from "react";

const LINK = "text-brand-700 hover:underline";

/** The portal's link inside text and tables: brand colour, underlined on hover; `className` adds to it (weight, size). */
export function TextLink({ href, className, children }: { href: string; className?: string; children: ReactNode }) {
  return (
    <Link href={href} className={className ? `${className} ${LINK}` : LINK}>
      {children}
    </Link>
  );
}

/** A record's name that links to its page when the reader may open it (`href`), and is plain text otherwise. */
export function OptionalLink({ href, children }: { href?: string | null; children: ReactNode }) {
  return href ? <TextLink href={href}>{children}</TextLink> : <>{children}</>;
}

/** The link beside a section's heading to the whole list ("All cases", "All documents"). */
export function MoreLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <TextLink href={href} className="text-sm">
      {children}
    </TextLink>
  );
}
