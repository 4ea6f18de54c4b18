import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { ACT_MAX_BYTES, attachAct, readAct, sniffActType } from "../../lib/invoices/act-documents";
import { prisma } from "../../lib/db";
import { buildWorld, concreteInvoice } from "../support/ledger-fixtures";

const PDF = Buffer.from("%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n");
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]);

describe("acts of completed works", () => {
  it("recognises PDF, PNG and JPEG by their first bytes", () => {
    expect([sniffActType(PDF), sniffActType(PNG), sniffActType(JPEG), sniffActType(Buffer.from("MZ\x90\x00"))]).toEqual(["application/pdf", "image/png", "image/jpeg", null]);
  });

  it("stores the bytes with their SHA-256 and gives them back", async () => {
    const w = await buildWorld();
    const invoice = await concreteInvoice(w);
    const saved = await attachAct({ actor: w.gcUser, invoiceId: invoice.id, fileName: "act-1.pdf", bytes: PDF });
    expect(saved).toMatchObject({ contentType: "application/pdf", sizeBytes: PDF.length, sha256: crypto.createHash("sha256").update(PDF).digest("hex") });
    const back = await readAct({ actor: w.gcUser, invoiceId: invoice.id, documentId: saved.id });
    expect(Buffer.from(back.bytes).equals(PDF)).toBe(true);
    await attachAct({ actor: w.gcUser, invoiceId: invoice.id, fileName: "photo.JPG", bytes: JPEG });
    await attachAct({ actor: w.gcUser, invoiceId: invoice.id, fileName: "scan.png", bytes: PNG });
    expect(await prisma().invoiceDocument.count()).toBe(3);
  });

  it.each([
    ["an empty file", "act.pdf", Buffer.alloc(0), "ACT_EMPTY"],
    ["a file over 10 MB", "act.pdf", Buffer.concat([PDF, Buffer.alloc(ACT_MAX_BYTES)]), "ACT_TOO_LARGE"],
    ["a program renamed to .pdf", "act.pdf", Buffer.from("MZ\x90\x00\x03\x00\x00\x00"), "ACT_TYPE"],
    ["a PNG named .pdf", "act.pdf", PNG, "ACT_TYPE_MISMATCH"],
    ["a PDF named .docx", "act.docx", PDF, "ACT_TYPE_MISMATCH"],
  ])("refuses %s and saves nothing", async (_title, fileName, bytes, code) => {
    const w = await buildWorld();
    const invoice = await concreteInvoice(w);
    await expect(attachAct({ actor: w.gcUser, invoiceId: invoice.id, fileName, bytes })).rejects.toMatchObject({ code });
    expect(await prisma().invoiceDocument.count()).toBe(0);
  });
});
