import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ActionForm } from "./action-form";
import { Detail, DetailList } from "./detail-list";
import { PageHeader, StatusPill } from "./page-header";
import { NameCell } from "./table-cells";
import { TableSection } from "./table-section";
import { TextAreaField } from "./text-area-field";
import { TitledSection } from "./titled-section";

const form = { formAction: () => {}, formKey: 1, state: { ok: false, message: "Refused." } };

describe("ActionForm", () => {
  it("names the form, says its outcome, carries its hidden values (not the empty ones) and its button", () => {
    const html = renderToStaticMarkup(
      <ActionForm form={form} label="Add a note" hidden={{ caseId: 7, itemId: undefined }} submit={{ label: "Add", pendingLabel: "Saving…", className: "btn-secondary" }}>
        <input name="text" />
      </ActionForm>,
    );
    expect(html).toMatch(/<form[^>]*aria-label="Add a note"[^>]*novalidate=""/i);
    expect(html).toContain('role="alert"');
    expect(html).toContain('<input type="hidden" name="caseId" value="7"/>');
    expect(html).not.toContain('name="itemId"');
    expect(html).toMatch(/<button type="submit" class="btn-secondary"[^>]*>Add<\/button>/);
  });
  it("has no button of its own without `submit`", () => {
    expect(renderToStaticMarkup(<ActionForm form={form} label="Approve" submit={null} />)).not.toContain("<button");
  });
});

describe("TextAreaField", () => {
  it("ties its hint and error to the text area", () => {
    const html = renderToStaticMarkup(<TextAreaField id="reason" name="reason" label="Reason" hint="Say why." error="Too short." />);
    expect(html).toContain('<label for="reason"');
    expect(html).toContain('aria-describedby="reason-hint reason-error"');
    expect(html).toContain('id="reason-error"');
  });
});

describe("view pieces", () => {
  it("NameCell links the name when it has an address and sets the note under it", () => {
    expect(renderToStaticMarkup(<NameCell href="/contracts/3" note="120000000001" isMonoNote>C-3</NameCell>)).toBe('<a class="font-medium text-brand-700 hover:underline" href="/contracts/3">C-3</a><div class="font-mono text-xs text-slate-500">120000000001</div>');
    expect(renderToStaticMarkup(<NameCell>Plain</NameCell>)).toBe("Plain");
  });
  it("Detail sets a figure in tabular figures", () => {
    expect(renderToStaticMarkup(<DetailList><Detail label="Paid" figure="1 000 ₸" /></DetailList>)).toContain('<dd class="text-sm text-slate-900"><span class="tabular-nums">1 000 ₸</span></dd>');
  });
  it("TitledSection and TableSection put the link to the whole list beside the heading", () => {
    expect(renderToStaticMarkup(<TitledSection id="recent" title="Recent" more={{ href: "/all", label: "All" }}>x</TitledSection>)).toMatch(/<section aria-labelledby="recent">.*<h2 id="recent".*href="\/all"/);
    const html = renderToStaticMarkup(<TableSection id="t" title="T" more={{ href: "/all", label: "All" }} emptyText="None yet" table={{ locale: "en", rows: [], rowKey: () => 1, columns: [] }} />);
    expect(html).toContain('href="/all"');
    expect(html).toContain("None yet");
  });
  it("PageHeader puts the way back above the title; StatusPill says the state", () => {
    const html = renderToStaticMarkup(<PageHeader back={{ href: "/cases", label: "All cases" }} title="Case 1" actions={<StatusPill>Open</StatusPill>} />);
    expect(html.indexOf('href="/cases"')).toBeLessThan(html.indexOf("<h1"));
    expect(html).toContain("← All cases");
    expect(html).toContain(">Open</span>");
  });
});
