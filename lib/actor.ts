import type { OrganizationKind, Role } from "./generated/prisma/enums";

/** Who is acting: every lib use case takes one, and scopes what it reads and writes by it. */
export type TActor = {
  userId: number;
  role: Role;
  name: string;
  email: string;
  organizationId: number | null;
  organizationKind: OrganizationKind | null;
  organizationName: string | null;
  /** The organisation's Russian name, shown in the Russian and Kazakh interfaces when it has one. */
  organizationNameRu?: string | null;
  /** Its Kazakh and English names (decision 0230): the header and the home page name it in the reader's language. */
  organizationNameKk?: string | null;
  organizationNameEn?: string | null;
  /** A Ministry of Finance official sees every ministry's data. */
  isFinance: boolean;
  /**
   * Set while the user must first replace a one-time password or enrol a required second factor
   * (lib/mfa/account-setup.ts): lib/auth.ts then lets them reach /account/security and nothing else.
   */
  pendingSetup?: "password" | "second_factor" | null;
  /** Seeds, imports and CLI commands act as the system, never a web request. */
  isSystem?: boolean;
};

export const SYSTEM_ACTOR: TActor = {
  userId: 0,
  role: "admin",
  name: "system",
  email: "system@aiqyn.local",
  organizationId: null,
  organizationKind: null,
  organizationName: null,
  isFinance: true,
  isSystem: true,
};
