"use client";

/** Opens the browser's print dialog (print or "save as PDF") for a print-ready page; hidden on paper. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="btn-primary print:hidden" onClick={() => window.print()}>
      {label}
    </button>
  );
}
