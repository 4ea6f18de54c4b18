import { describe, expect, it } from "vitest";
import { isWellFormedActionBody } from "./action-body";

const bytes = (text: string) => new TextEncoder().encode(text);
const part = (name: string, value: string) => `--x\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
const file = (name: string) => `--x\r\nContent-Disposition: form-data; name="${name}"; filename="a.bin"\r\nContent-Type: application/octet-stream\r\n\r\nAB\r\n`;
const multipart = (...parts: string[]) => `${parts.join("")}--x--\r\n`;
const MP = "multipart/form-data; boundary=x";
const TEXT = "text/plain;charset=UTF-8";

describe("isWellFormedActionBody", () => {
  it.each([
    // The shapes React's encodeReply sends for our actions' arguments.
    [TEXT, "[]", true],
    [TEXT, '["$undefined",1,"$$escaped",{"a":"$D2026-01-01T00:00:00.000Z"},"$n12345","$-0","$NaN","$Infinity","$-Infinity"]', true],
    [TEXT, '["$K1",{"a":1}]', true],
    [MP, multipart(part("0", '["$K1"]'), part("1_a", "v")), true],
    ["multipart/form-data; boundary=\"----WebKitFormBoundaryA\"", '------WebKitFormBoundaryA\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$K1"]\r\n------WebKitFormBoundaryA--\r\n', true],
    [MP, multipart(part("0", '["$1","$@2","$Q3"]'), part("1", '{"a":1}'), part("2", "5"), part("3", "[]")), true],
    [MP, multipart(part("0", '["$1:a:b"]'), part("1", '{"a":{"b":2}}')), true],
    [MP, multipart(part("0", '["$B1"]'), file("1")), true],
    // Envelopes no browser sends.
    [TEXT, "not json", false],
    [TEXT, '["$K1"', false],
    [TEXT, '{"a":1}', false],
    [TEXT, "", false],
    [MP, "--x\r\ngarbage", false],
    ["multipart/form-data", "--x\r\n\r\n--x--", false],
    [MP, multipart(part("1_a", "v")), false],
    // References to chunks the body does not carry: React fails on them once the body ends (was a 500).
    [TEXT, '[{"a":"$@99"}]', false],
    [TEXT, '["$1"]', false],
    [TEXT, '["$Q1"]', false],
    [TEXT, '["$B1"]', false],
    [TEXT, '["$R1"]', false],
    [TEXT, '["$h1"]', false],
    [TEXT, '["$nabc"]', false],
    [TEXT, '["$Z"]', false],
    [TEXT, '["$"]', false],
    [MP, multipart(part("0", '["$1"]'), part("1", '["$@7"]')), false],
    [MP, multipart(part("0", '["$1:a:c"]'), part("1", '{"a":{"b":2}}')), false],
    [MP, multipart(part("0", '["$B1"]'), part("1", "not a file")), false],
    ["application/x-www-form-urlencoded", "a=%00", true],
  ])("%s %j → %s", async (type, body, expected) => {
    expect(await isWellFormedActionBody(type, bytes(body))).toBe(expected);
  });

  it("refuses text that is not UTF-8", async () => {
    expect(await isWellFormedActionBody("text/plain", new Uint8Array([0x5b, 0xff, 0x5d]))).toBe(false);
  });

  it("refuses nesting deeper than any argument of ours", async () => {
    expect(await isWellFormedActionBody(TEXT, bytes(`${"[".repeat(100)}"$@1"${"]".repeat(100)}`))).toBe(false);
  });
});
