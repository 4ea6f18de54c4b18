import "server-only";
import type { TActor } from "../actor";
import { prisma } from "../db";
import { ForbiddenError } from "../errors";
import type { Prisma, Role } from "../generated/prisma/client";
import { PAGE_SIZE, pageWindow, toPage } from "../pagination";

export const USER_SORTS = ["name", "email", "role", "created"] as const;
export type TUserSort = (typeof USER_SORTS)[number];

export async function listUsers({
  actor,
  q,
  role,
  status,
  page,
  sort,
  pageSize = PAGE_SIZE,
}: {
  actor: TActor;
  q?: string;
  role?: Role;
  status?: "active" | "inactive";
  page: number;
  sort: { column: TUserSort; direction: "asc" | "desc" };
  pageSize?: number;
}) {
  if (actor.role !== "admin") throw new ForbiddenError();
  const text = q?.trim();
  const where: Prisma.UserWhereInput = {
    ...(role ? { role } : {}),
    ...(status ? { isActive: status === "active" } : {}),
    ...(text ? { OR: [{ name: { contains: text, mode: "insensitive" } }, { email: { contains: text, mode: "insensitive" } }] } : {}),
  };
  const column = sort.column === "created" ? "createdAt" : sort.column;
  const db = prisma();
  const [rows, total] = await Promise.all([
    db.user.findMany({
      where,
      orderBy: [{ [column]: sort.direction }, { id: "asc" }],
      include: { organization: { select: { id: true, name: true, kind: true } } },
      ...pageWindow(page, pageSize),
    }),
    db.user.count({ where }),
  ]);
  return toPage(
    rows.map(({ passwordHash: _omit, ...u }) => u),
    total,
    page,
    pageSize,
  );
}
