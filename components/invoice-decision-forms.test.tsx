import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { I18nProvider } from "./i18n-provider";

// The actions run on the server; rendering the forms needs only their references.
vi.mock("@/app/(app)/invoices/[id]/actions", () => ({ approveInvoiceAction: async () => ({}), rejectInvoiceAction: async () => ({}) }));

const { DecisionForms } = await import("@/app/(app)/invoices/[id]/decision-forms");

function render(props: { refused?: boolean; canApprove?: boolean }) {
  return renderToStaticMarkup(
    <I18nProvider locale="en">
      <DecisionForms invoiceId={7} number="INV-7" canApprove={props.canApprove ?? true} decidable refused={props.refused} />
    </I18nProvider>,
  );
}

const approveButton = (html: string) => /<button[^>]*>Approve<\/button>/.exec(html)?.[0] ?? "";

describe("the official's approve form", () => {
  it("holds Approve back, with the reason beside it, when the rules refuse the invoice", () => {
    const html = render({ refused: true });
    expect(approveButton(html)).toMatch(/ disabled=""/);
    expect(approveButton(html)).toMatch(/aria-describedby="approve-refused"/);
    expect(html).toContain('id="approve-refused"');
    expect(html).toContain("The rules refuse this invoice as it stands");
  });
  it("leaves Approve clickable when the rules let it through", () => {
    const html = render({ refused: false });
    expect(approveButton(html)).not.toMatch(/ disabled=""/);
    expect(html).not.toContain("approve-refused");
  });
});
