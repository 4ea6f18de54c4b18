import { describe, expect, it } from "vitest";
import { translate } from "../i18n";
import { FEEDBACK_KEYS, feedbackMessageKey, isFeedbackKey, withFeedback } from "./feedback";

describe("feedback after an action that continues elsewhere", () => {
  it.each([
    ["/projects/12", "/projects/12?done=projectCreated"],
    ["/projects/12?tab=estimate", "/projects/12?tab=estimate&done=projectCreated"],
    ["/projects/12#colours", "/projects/12?done=projectCreated#colours"],
  ])("%s → %s", (path, expected) => {
    expect(withFeedback(path, "projectCreated")).toBe(expected);
  });
  it.each([["projectCreated", true], ["caseOpened", true], ["<script>", false], ["", false], [null, false], ["toString", false]])("%s is a key: %s", (v, ok) => {
    expect(isFeedbackKey(v)).toBe(ok);
  });
  it.each(FEEDBACK_KEYS.flatMap((k) => (["en", "ru", "kk"] as const).map((l) => [k, l] as const)))("%s has words in %s", (key, locale) => {
    expect(translate(locale, feedbackMessageKey(key))).not.toBe(feedbackMessageKey(key));
  });
});
