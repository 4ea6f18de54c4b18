// The generated register: companies of every trade in every region with their directors and founders, the
// officials who approve in each ministry, and one sign-in per company. Everyone signs in with the demo password.
import { makeBin } from "../../../lib/kz/bin";
import { makeIban } from "../../../lib/kz/iban";
import { makeIin } from "../../../lib/kz/iin";
import type { TRegionCode } from "../../../lib/kz/regions";
import { nameColumns } from "../../../lib/i18n/localized-name";
import { FATHER_NAMES, FEMALE_NAMES, MALE_NAMES, NAME_STEMS, PLACES, STREETS, SURNAMES, TRADE_WORDS, type TMinistryKey, type TTrade } from "./catalogue";
import type { Ids } from "./ids";
import type { Random } from "./random";
import type { BulkWriter } from "./writer";

export type TCompany = { id: number; name: string; region: TRegionCode; trade: TTrade; address: string; bankAccount: string; userId: number; directorId: number; registeredOn: Date };
export type TOfficial = { userId: number; personId: number; fullName: string; ministry: TMinistryKey };

export class Registry {
  private usedBins = new Set<string>();
  private usedNames = new Set<string>();
  private usedIins = new Set<string>();
  private usedAddresses = new Set<string>();
  private binSerial = 0;
  readonly companies: TCompany[] = [];
  readonly byRegionTrade = new Map<string, TCompany[]>();
  readonly officials = new Map<string, TOfficial[]>();
  /** Planted debarments, applied once the companies are written: [organisation, since, reason]. */
  readonly debarments: [number, Date, string][] = [];

  constructor(
    private r: Random,
    private ids: Ids,
    private out: BulkWriter,
    private passwordHash: string,
    takenBins: Iterable<string>,
  ) {
    for (const bin of takenBins) this.usedBins.add(bin);
  }

  person(at: { city: string }, gender = this.r.chance(0.6) ? "m" : "f", surname = this.r.pick(SURNAMES)): { id: number; fullName: string; address: string } {
    const first = this.r.pick(gender === "m" ? MALE_NAMES : FEMALE_NAMES);
    const father = this.r.pick(FATHER_NAMES);
    const fullName = `${first} ${father}${gender === "m" ? "uly" : "kyzy"} ${surname}${gender === "m" ? "" : "a"}`;
    const address = `${at.city.split(",")[0]}, ${this.r.pick(STREETS)} ${this.r.int(1, 180)}, apt. ${this.r.int(1, 140)}`;
    return this.personWith(fullName, address, gender);
  }

  /** A person at a given home address (a relative lives with them). */
  personWith(fullName: string, address: string, gender: string) {
    let iin: string;
    do {
      const birth = `${String(this.r.int(55, 99)).padStart(2, "0")}${String(this.r.int(1, 12)).padStart(2, "0")}${String(this.r.int(1, 28)).padStart(2, "0")}`;
      iin = makeIin(birth, gender === "m" ? 3 : 4, this.r.int(0, 9899));
    } while (this.usedIins.has(iin));
    this.usedIins.add(iin);
    const id = this.ids.nextId("person");
    this.out.push("person", [id, fullName, iin, address]);
    return { id, fullName, address };
  }

  /** Another person with the same full name (and another IIN and home): a namesake. */
  namesake(p: { fullName: string }) {
    const gender = / [A-Za-z]+uly /.test(p.fullName) ? "m" : "f";
    return this.personWith(p.fullName, `${this.r.pick(PLACES.karaganda)}, ${this.r.pick(STREETS)} ${this.r.int(1, 180)}, apt. ${this.r.int(1, 140)}`, gender);
  }

  debar(organizationId: number, since: Date, reason: string) {
    this.debarments.push([organizationId, since, reason]);
  }

  company(region: TRegionCode, trade: TTrade, o: { registeredOn?: Date; address?: string; bankAccount?: string; director?: number; founder?: number; accountant?: number; isPlanted?: boolean } = {}): TCompany {
    const city = this.r.pick(PLACES[region]);
    let name: string;
    let nameRu: string;
    do {
      const [stem, stemRu] = this.r.pick(NAME_STEMS);
      const [word, wordRu] = this.r.pick(TRADE_WORDS[trade]);
      const n = this.usedNames.has(`${stem} ${word} LLP`) ? ` ${this.r.int(2, 99)}` : "";
      name = `${stem} ${word}${n} LLP`;
      nameRu = `ТОО «${stemRu} ${wordRu}${n}»`;
    } while (this.usedNames.has(name));
    this.usedNames.add(name);
    const registeredOn = o.registeredOn ?? new Date(Date.UTC(this.r.int(1998, 2023), this.r.int(0, 11), this.r.int(1, 28)));
    let bin: string;
    do bin = makeBin(registeredOn.getUTCFullYear(), registeredOn.getUTCMonth() + 1, 10_000 + (this.binSerial += this.r.int(1, 7)) % 89_000);
    while (this.usedBins.has(bin));
    this.usedBins.add(bin);
    const id = this.ids.nextId("organization");
    // Distinct addresses: two companies at one address is what the round-trip flag looks for.
    let address = o.address;
    while (!address || (!o.address && this.usedAddresses.has(address))) address = `${city}, ${this.r.pick(STREETS)} ${this.r.int(1, 220)}, office ${this.r.int(1, 60)}`;
    this.usedAddresses.add(address);
    const bankAccount = o.bankAccount ?? makeIban(this.r.pick(["601", "722", "998", "856", "914", "551"]), `${this.r.pick(["A", "S", "K", "C"])}${String(id).padStart(6, "0")}${String(this.r.int(100000, 999999))}`);
    // A legal name is not translated (decision 0237): the registered name and its Russian form, the English by the letters rule.
    const forms = nameColumns({ name, nameRu });
    this.out.push("organization", [id, "company", name, nameRu, forms.nameKk, forms.nameEn, bin, address, region, registeredOn, bankAccount, registeredOn]);
    const director = o.director ?? this.person({ city }).id;
    const founder = o.founder ?? (this.r.chance(0.5) ? director : this.person({ city }).id);
    this.out.push("company_person", [id, director, "director", null]);
    this.out.push("company_person", [id, founder, "founder", 10000]);
    const userId = this.ids.nextId("app_user");
    this.out.push("app_user", [userId, `accounts${id}@${bin}.kz`, `Accountant of ${name.replace(/ LLP$/, "")}`, this.passwordHash, "contractor", id, o.accountant ?? null]);
    const company: TCompany = { id, name, region, trade, address, bankAccount, userId, directorId: director, registeredOn };
    this.companies.push(company);
    // A planted scheme's company works only in its scheme: the count of planted schemes stays exact.
    if (o.isPlanted) return company;
    const key = `${region}:${trade}`;
    this.byRegionTrade.set(key, [...(this.byRegionTrade.get(key) ?? []), company]);
    return company;
  }

  pool(region: TRegionCode, trade: TTrade): TCompany[] {
    return this.byRegionTrade.get(`${region}:${trade}`) ?? [];
  }

  /** Officials of a ministry who approve its projects in a region (two at least: big invoices need a second one). */
  official(ministry: TMinistryKey, ministryId: number, domain: string, region: TRegionCode, count: number) {
    const list: TOfficial[] = [];
    for (let i = 0; i < count; i++) {
      const p = this.person({ city: PLACES[region][0]! });
      const userId = this.ids.nextId("app_user");
      this.out.push("app_user", [userId, `${region}.${i + 1}.${userId}@${domain}`, p.fullName, this.passwordHash, "official", ministryId, p.id]);
      list.push({ userId, personId: p.id, fullName: p.fullName, ministry });
    }
    this.officials.set(`${ministry}:${region}`, list);
    return list;
  }
}
