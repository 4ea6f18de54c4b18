import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";

// The language switch posts to a server action (sign-in machinery): not what this test reads.
vi.mock("./language-switch", () => ({ LanguageSwitch: () => null }));

const { AppShell } = await import("./app-shell");

const noop = async () => {};

function render() {
  return renderToStaticMarkup(
    <AppShell locale="en" nav={[]} user={{ name: "Aigerim Sadykova", role: "Ministry official", organization: "Ministry of Transport" }} signOutAction={noop} signOutEverywhereAction={noop}>
      {null}
    </AppShell>,
  );
}

describe("the header's account menu", () => {
  it("is named by its user, and lists 'Sign out' once, as an item", () => {
    const html = render();
    const summary = /<summary[^>]*>([\s\S]*?)<\/summary>/.exec(html)?.[1] ?? "";
    expect(summary).toContain("Aigerim Sadykova");
    expect(summary).not.toContain("Sign out");
    expect(html.match(/>Sign out</g)).toHaveLength(1);
    expect(html).toContain("Your sessions");
  });
});
