import type { ContractStatus, OrganizationKind } from "../generated/prisma/enums";
import type { TReleaseKind } from "./format";

// What the mapping reads: one contracting process (a general contract or a subcontract) as loaded from the
// database (lib/ocds/load.ts). Amounts in tiyn; a reversal's transaction carries a negative amount.

export type TOcdsOrg = { id: number; kind: OrganizationKind; name: string; bin: string | null };

export type TLineageSource = { kind: "allocation" } | { kind: "transaction"; contractId: number; transferId: bigint } | { kind: "other" };

export type TOcdsTransaction = {
  transferId: bigint;
  createdAt: Date;
  amountTiyn: bigint;
  invoiceNumber: string;
  lineage: { lotId: bigint; amountTiyn: bigint; source: TLineageSource }[];
};

export type TOcdsRefusal = { id: bigint; createdAt: Date; amountTiyn: bigint | null; codes: string[] };

export type TOcdsProcess = {
  contract: {
    id: number;
    number: string;
    valueTiyn: bigint;
    signedOn: Date;
    endsOn: Date | null;
    status: ContractStatus;
    createdAt: Date;
    parentId: number | null;
  };
  /** Who pays: the project's ministry for a general contract, the parent contractor for a subcontract. */
  buyer: TOcdsOrg;
  supplier: TOcdsOrg;
  project: { id: number; name: string; region: string };
  colour: { id: number; mintedTiyn: bigint; expiresAt: Date };
  budgetLine: { code: string; specifics: string; fiscalYear: number; name: string };
  subcontracts: { id: number; valueTiyn: bigint; createdAt: Date; supplier: TOcdsOrg }[];
  transactions: TOcdsTransaction[];
  refusals: TOcdsRefusal[];
};

/** One release's place in the publication order: (date, kind, ref) is unique and is the keyset cursor. */
export type TReleaseRef = { date: Date; kind: TReleaseKind; ref: bigint; contractId: number };

// OCDS JSON is built as plain objects; the schema tests check its shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type TJson = Record<string, any>;
