import type pg from "pg";
import { ID_TABLES, type TIdTable } from "./writer";

/** Ids for generated rows: each table continues after its highest id, and its sequence is moved past them. */
export class Ids {
  private next = new Map<TIdTable, bigint>();

  static async start(client: pg.ClientBase): Promise<Ids> {
    const ids = new Ids();
    for (const table of ID_TABLES) {
      const { rows } = await client.query<{ max: string | null }>(`SELECT max(id)::text AS max FROM ${table}`);
      ids.next.set(table, BigInt(rows[0]?.max ?? "0") + 1n);
    }
    return ids;
  }

  /** The id the next row of the table will get. */
  peek(table: TIdTable): number {
    return Number(this.next.get(table)!);
  }

  bigNext(table: TIdTable): bigint {
    const id = this.next.get(table)!;
    this.next.set(table, id + 1n);
    return id;
  }

  /** The first of n consecutive ids, for rows the database writes itself (first + 0 … first + n - 1). */
  reserve(table: TIdTable, n: number): number {
    const first = this.next.get(table)!;
    this.next.set(table, first + BigInt(n));
    return Number(first);
  }

  nextId(table: TIdTable): number {
    return Number(this.bigNext(table));
  }

  async moveSequences(client: pg.ClientBase) {
    for (const table of ID_TABLES) {
      const last = this.next.get(table)! - 1n;
      if (last > 0n) await client.query(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), greatest($1::bigint, (SELECT coalesce(max(id), 1) FROM ${table})))`, [last.toString()]);
    }
  }
}
