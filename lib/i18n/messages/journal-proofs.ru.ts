import type { journalProofsEn } from "./journal-proofs.en";

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };

export const journalProofsRu: Widen<typeof journalProofsEn> = {
  title: "Квитанция журнала",
  intro: "Эта запись журнала — лист {leaf} дерева Меркла, подписанного порталом. Любой, у кого есть квитанция и открытый ключ портала, может проверить её без портала.",
  entry: "Запись",
  chain: "Цепочка",
  seq: "Номер записи",
  kind: "Вид",
  hash: "Хеш",
  payload: "Содержание",
  checkpoint: "Подписанная контрольная точка",
  treeSize: "{count, plural, one {# запись} few {# записи} many {# записей} other {# записи}} в дереве",
  root: "Корень",
  signedAt: "Подписано",
  keyId: "Ключ",
  proof: "{count, plural, =0 {Запись — всё дерево: хешей доказательства нет.} one {Доказательство включения: # хеш.} few {Доказательство включения: # хеша.} many {Доказательство включения: # хешей.} other {Доказательство включения: # хеша.}}",
  holds: "Доказательство верно: содержание записи даёт её хеш, хеш ведёт к подписанному корню, и его подписал ключ портала.",
  fails: "Доказательство не сходится. Сообщите об этой квитанции администраторам портала.",
  download: "Скачать квитанцию (JSON)",
  offline: "Проверка без портала: npm run journal:verify-receipt -- receipt.json --key <открытый ключ с /api/open/journal/public-key>",
};
