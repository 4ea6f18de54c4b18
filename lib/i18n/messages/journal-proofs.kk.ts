import type { journalProofsEn } from "./journal-proofs.en";

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };

// Needs a native speaker's review, like the rest of the Kazakh catalogue.
export const journalProofsKk: Widen<typeof journalProofsEn> = {
  title: "Журнал түбіртегі",
  intro: "Журналдың бұл жазбасы — портал қол қойған Меркл ағашының {leaf} жапырағы. Түбіртегі мен порталдың ашық кілті бар кез келген адам оны порталсыз тексере алады.",
  entry: "Жазба",
  chain: "Тізбек",
  seq: "Жазба нөмірі",
  kind: "Түрі",
  hash: "Хеш",
  payload: "Мазмұны",
  checkpoint: "Қол қойылған бақылау нүктесі",
  treeSize: "{count, plural, one {ағашта # жазба} other {ағашта # жазба}}",
  root: "Түбір",
  signedAt: "Қол қойылған уақыты",
  keyId: "Кілт",
  proof: "{count, plural, =0 {Жазба — бүкіл ағаш: дәлелдеу хештері жоқ.} one {Енгізу дәлелі: # хеш.} other {Енгізу дәлелі: # хеш.}}",
  holds: "Дәлел дұрыс: жазбаның мазмұны оның хешін береді, хеш қол қойылған түбірге апарады, оған порталдың кілті қол қойған.",
  fails: "Дәлел сәйкес келмейді. Бұл түбіртек туралы портал әкімшілеріне хабарлаңыз.",
  download: "Түбіртекті жүктеу (JSON)",
  offline: "Порталсыз тексеру: npm run journal:verify-receipt -- receipt.json --key <ашық кілт: /api/open/journal/public-key>",
};
