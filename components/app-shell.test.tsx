import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";

// The language switch posts to a server action (sign-in machinery): not what this test reads.
vi.mock("./language-switch", () => ({ LanguageSwitch: () => null }));

const { AppShell } = await import("./app-shell");

const noop = async () => {};

function render(unread?: number) {
  return renderToStaticMarkup(
    <AppShell locale="en" nav={[]} user={{ name: "Aigerim Sadykova", role: "Ministry official", organization: "Ministry of Transport" }} signOutAction={noop} signOutEverywhereAction={noop} unread={unread}>
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

describe("the header's notification bell", () => {
  it.each([
    [undefined, null, null],
    [0, "Notifications, none unread", null],
    [3, "Notifications, 3 unread", "3"],
    [250, "Notifications, 250 unread", "99+"],
  ] as const)("%s unread", (unread, label, badge) => {
    const html = render(unread);
    const bell = /<a[^>]*data-testid="notification-bell"[^>]*>[\s\S]*?<\/a>/.exec(html)?.[0] ?? null;
    if (label === null) return expect(bell).toBeNull();
    expect(bell).toContain(`aria-label="${label}"`);
    expect(bell).toContain('href="/notifications"');
    const count = /data-testid="notification-count"[^>]*>([^<]*)</.exec(bell!)?.[1] ?? null;
    expect(count).toBe(badge);
  });
});
