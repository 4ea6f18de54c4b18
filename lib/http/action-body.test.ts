import { describe, expect, it } from "vitest";
import { isWellFormedActionBody } from "./action-body";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("isWellFormedActionBody", () => {
  it.each([
    ["text/plain;charset=UTF-8", "[]", true],
    ["text/plain;charset=UTF-8", '["$K1",{"a":1}]', true],
    ["text/plain;charset=UTF-8", "not json", false],
    ["text/plain;charset=UTF-8", '["$K1"', false],
    ["text/plain;charset=UTF-8", '{"a":1}', false],
    ["text/plain;charset=UTF-8", "", false],
    ["multipart/form-data; boundary=x", '--x\r\nContent-Disposition: form-data; name="1_a"\r\n\r\nv\r\n--x--\r\n', true],
    ["multipart/form-data; boundary=\"----WebKitFormBoundaryA\"", '------WebKitFormBoundaryA\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$K1"]\r\n------WebKitFormBoundaryA--\r\n', true],
    ["multipart/form-data; boundary=x", "--x\r\ngarbage", false],
    ["multipart/form-data", "--x\r\n\r\n--x--", false],
    ["application/x-www-form-urlencoded", "a=%00", true],
  ])("%s %j → %s", (type, body, expected) => {
    expect(isWellFormedActionBody(type, bytes(body))).toBe(expected);
  });

  it("refuses text that is not UTF-8", () => {
    expect(isWellFormedActionBody("text/plain", new Uint8Array([0x5b, 0xff, 0x5d]))).toBe(false);
  });
});
