import "server-only";
import { auditRead } from "../audit";
import crypto from "node:crypto";
import type { TActor } from "../actor";
import { prisma } from "../db";
import { DomainError, NotFoundError } from "../errors";
import { companyOf } from "../scope";

export const ACT_MAX_BYTES = 10 * 1024 * 1024;

export type TActType = "application/pdf" | "image/png" | "image/jpeg";

const EXTENSIONS: Record<TActType, readonly string[]> = { "application/pdf": ["pdf"], "image/png": ["png"], "image/jpeg": ["jpg", "jpeg"] };

/** The type the first bytes show: a renamed file is what it is, not what its name says. */
export function sniffActType(bytes: Uint8Array): TActType | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return "application/pdf"; // %PDF-
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return "image/png";
  if (starts(0xff, 0xd8, 0xff)) return "image/jpeg";
  return null;
}

/** Why a file cannot be an act, or null when it can: empty, too large, not PDF/PNG/JPEG, or named as another type. */
export function actFileProblem(fileName: string, bytes: Uint8Array): { code: string; params: Record<string, string> } | null {
  if (bytes.length === 0) return { code: "ACT_EMPTY", params: { file: fileName } };
  if (bytes.length > ACT_MAX_BYTES) return { code: "ACT_TOO_LARGE", params: { file: fileName, maxMb: String(ACT_MAX_BYTES / 1024 / 1024), sizeMb: (bytes.length / 1024 / 1024).toFixed(1) } };
  const type = sniffActType(bytes);
  if (!type) return { code: "ACT_TYPE", params: { file: fileName } };
  const ext = fileName.toLowerCase().split(".").pop() ?? "";
  if (!EXTENSIONS[type].includes(ext)) return { code: "ACT_TYPE_MISMATCH", params: { file: fileName } };
  return null;
}

const cleanName = (name: string) => name.replace(/[\\/\u0000-\u001f"]/g, "_").slice(-200) || "act";

/**
 * Attaches the act of completed works to one of the company's own invoices (until it is paid or closed).
 * Checked before anything is written: a refused file leaves nothing behind.
 */
export async function attachAct({ actor, invoiceId, fileName, bytes }: { actor: TActor; invoiceId: number; fileName: string; bytes: Uint8Array }) {
  const org = companyOf(actor);
  const db = prisma();
  const invoice = await db.invoice.findFirst({ where: { id: invoiceId, issuerId: org }, select: { id: true, status: true } });
  if (!invoice) throw new NotFoundError("invoice");
  if (!["draft", "submitted", "approved"].includes(invoice.status)) throw new DomainError("ACT_INVOICE_CLOSED", { status: invoice.status });
  const name = cleanName(fileName);
  const problem = actFileProblem(name, bytes);
  if (problem) throw new DomainError(problem.code, problem.params);
  return db.invoiceDocument.create({
    data: {
      invoiceId,
      fileName: name,
      contentType: sniffActType(bytes)!,
      sizeBytes: bytes.length,
      sha256: crypto.createHash("sha256").update(bytes).digest("hex"),
      bytes: Buffer.from(bytes),
      uploadedById: actor.userId,
    },
    select: { id: true, fileName: true, contentType: true, sizeBytes: true, sha256: true },
  });
}

/** An act, for its invoice's issuer or payer only. */
export async function readAct({ actor, invoiceId, documentId }: { actor: TActor; invoiceId: number; documentId: number }) {
  const org = companyOf(actor);
  const doc = await prisma().invoiceDocument.findFirst({
    where: { id: documentId, invoiceId, invoice: { OR: [{ issuerId: org }, { contract: { payerId: org }, status: { not: "draft" } }] } },
  });
  if (!doc) throw new NotFoundError("document");
  await auditRead(actor, "invoice.act.download", `invoice:${invoiceId}`, { document: documentId, file: doc.fileName, sha256: doc.sha256 });
  return doc;
}
