import { SYSTEM_ACTOR } from "../../lib/actor";
import { debarCompany } from "../../lib/contractors/debar-company";
import { registerCompany, type TRegisterCompany } from "../../lib/contractors/register-company";
import { prisma } from "../../lib/db";
import { makeBin } from "../../lib/kz/bin";
import { makeIban } from "../../lib/kz/iban";
import { makeIin } from "../../lib/kz/iin";

// More companies for the registry, with directors and founders. BINs, IINs and IBANs are synthetic (valid
// check digits, not real entries). Bolat Sarsenbayev directs two road companies, and the younger one was
// registered weeks ago: the relations and "new company" flags have something to find. Idempotent: a company
// whose BIN is registered is left alone.
const person = {
  sarsenbayev: { fullName: "Bolat Yerzhanovich Sarsenbayev", iin: makeIin("710304", 3, 2211) },
  temirkhanova: { fullName: "Gulnara Askarovna Temirkhanova", iin: makeIin("760918", 4, 3107) },
  sarsenbayevJr: { fullName: "Yerlan Bolatuly Sarsenbayev", iin: makeIin("980122", 3, 4410) },
  iskakov: { fullName: "Dauren Muratovich Iskakov", iin: makeIin("820611", 3, 1502) },
  iskakova: { fullName: "Saltanat Yerikovna Iskakova", iin: makeIin("840227", 4, 1618) },
  abenov: { fullName: "Timur Kanatovich Abenov", iin: makeIin("900715", 3, 5520) },
  kenzhebayev: { fullName: "Arman Serikovich Kenzhebayev", iin: makeIin("790430", 3, 6731) },
};

type TSeedCompany = TRegisterCompany & { debarment?: { reason: string; debarredOn: string } };

export const DEMO_REGISTRY: TSeedCompany[] = [
  {
    bin: makeBin(8, 5, 31207),
    name: "Kazakh Road Construction Karaganda LLP",
    nameRu: "ТОО «Казахдорстрой Караганда»",
    address: "Karaganda, Bukhar-Zhyrau ave. 47, office 12",
    region: "karaganda",
    registeredOn: "2008-05-12",
    bankAccount: makeIban("601", "A002081203945"),
    people: [
      { ...person.sarsenbayev, role: "director" },
      { ...person.sarsenbayev, role: "founder", share: "60" },
      { ...person.temirkhanova, role: "founder", share: "40" },
    ],
  },
  {
    bin: makeBin(25, 9, 44018),
    name: "Steppe Asphalt LLP",
    nameRu: "ТОО «Дала Асфальт»",
    address: "Temirtau, Metallurgov ave. 3",
    region: "karaganda",
    registeredOn: "2025-09-03",
    bankAccount: makeIban("722", "S000250904412"),
    people: [
      { ...person.sarsenbayev, role: "director" },
      { ...person.sarsenbayevJr, role: "founder", share: "100" },
    ],
  },
  {
    bin: makeBin(16, 2, 9931),
    name: "Shymkent Med Stroy LLP",
    nameRu: "ТОО «Шымкент Мед Строй»",
    address: "Shymkent, Tauke Khan ave. 80",
    region: "shymkent",
    registeredOn: "2016-02-20",
    bankAccount: makeIban("948", "KZT0016022077"),
    people: [
      { ...person.iskakov, role: "director" },
      { ...person.iskakov, role: "founder", share: "50" },
      { ...person.iskakova, role: "founder", share: "50" },
    ],
  },
  {
    bin: makeBin(23, 11, 52760),
    name: "Nur Supply Trade LLP",
    nameRu: "ТОО «Нур Саплай Трейд»",
    address: "Almaty, Bostandyk district, Timiryazev st. 42",
    region: "almaty-city",
    registeredOn: "2023-11-10",
    bankAccount: makeIban("601", "A002311108830"),
    people: [
      { ...person.abenov, role: "director" },
      { ...person.temirkhanova, role: "founder", share: "100" },
    ],
  },
  {
    bin: makeBin(12, 7, 18804),
    name: "Kapital Invest Group LLP",
    nameRu: "ТОО «Капитал Инвест Груп»",
    address: "Astana, Yesil district, Mangilik El ave. 55/20",
    region: "astana",
    registeredOn: "2012-07-01",
    bankAccount: makeIban("856", "B001207016654"),
    people: [
      { ...person.kenzhebayev, role: "director" },
      { ...person.kenzhebayev, role: "founder", share: "100" },
    ],
    debarment: { reason: "Register of unreliable participants in public procurement, order No. 1187 of 15.10.2025 (contract not performed)", debarredOn: "2025-10-15" },
  },
];

export async function seedDemoRegistry(): Promise<{ companies: number }> {
  const db = prisma();
  let companies = 0;
  for (const { debarment, ...input } of DEMO_REGISTRY) {
    if (await db.organization.findUnique({ where: { bin: input.bin }, select: { id: true } })) continue;
    const { company } = await registerCompany({ actor: SYSTEM_ACTOR, input });
    if (debarment) await debarCompany({ actor: SYSTEM_ACTOR, input: { companyId: company.id, ...debarment } });
    companies++;
  }
  return { companies };
}
