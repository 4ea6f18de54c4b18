import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { TableSection } from "./table-section";

type TRow = { id: number; name: string };
const columns = [{ key: "name", header: "Name", cell: (r: TRow) => r.name }];

function render(rows: TRow[], extra: Partial<Parameters<typeof TableSection<TRow>>[0]> = {}) {
  return renderToStaticMarkup(<TableSection<TRow> id="people" title="People" table={{ locale: "en", rows, rowKey: (r) => r.id, empty: "No one yet", columns }} {...extra} />);
}

describe("TableSection", () => {
  it("names the section and its table by the heading", () => {
    const html = render([{ id: 1, name: "Aigerim" }]);
    expect(html).toContain('<section aria-labelledby="people"');
    expect(html).toContain('<h2 id="people"');
    expect(html).toContain('aria-labelledby="people" class="min-w-full');
    expect(html).toContain("Aigerim");
  });

  it("keeps a table's own label when it has one", () => {
    const html = renderToStaticMarkup(<TableSection<TRow> id="x" title="X" table={{ locale: "en", rows: [], rowKey: (r) => r.id, empty: "none", columns, label: "Own name" }} />);
    expect(html).toContain('aria-label="Own name"');
    expect(html).not.toContain('aria-labelledby="x" class="min-w-full');
  });

  it("shows the table's empty row, or a paragraph in place of the table when emptyText is given", () => {
    expect(render([])).toContain("No one yet");
    const html = render([], { emptyText: "Nobody here", variant: "card" });
    expect(html).toContain("Nobody here");
    expect(html).not.toContain("<table");
  });

  it("puts a description and actions beside the heading, and a level-3 heading when asked", () => {
    const html = render([{ id: 1, name: "A" }], { description: "Who is on it", actions: <a href="/all">All</a>, level: 3 });
    expect(html).toContain('<h3 id="people"');
    expect(html).toContain("Who is on it");
    expect(html).toContain('href="/all"');
  });
});
