import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DateField } from "./date-field";
import { I18nProvider } from "./i18n-provider";

function render(locale: "en" | "ru", defaultValue?: string) {
  return renderToStaticMarkup(
    <I18nProvider locale={locale}>
      <DateField name="signedOn" label="Signed on" defaultValue={defaultValue} />
    </I18nProvider>,
  );
}

describe("the date field", () => {
  it("shows dd.mm.yyyy and submits the ISO day under the field's name", () => {
    const html = render("ru", "2026-12-31");
    expect(html).toMatch(/<input id="field-signedOn" type="text"[^>]*value="31.12.2026"/);
    expect(html).toMatch(/inputMode="numeric"|inputmode="numeric"/);
    expect(html).toContain('placeholder="дд.мм.гггг"');
    expect(html).toMatch(/pattern="[^"]+"/);
    expect(html).toContain('<input type="hidden" name="signedOn" value="2026-12-31"/>');
    expect(html).not.toContain('type="date"');
  });
  it("speaks the reader's language in its placeholder", () => {
    expect(render("en")).toContain('placeholder="dd.mm.yyyy"');
  });
});
