import type { notificationsEn } from "./notifications.en";

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };

export const notificationsKk: Widen<typeof notificationsEn> = {
  nav: "Хабарламалар",
  bell: "{count, plural, =0 {Хабарламалар, оқылмағаны жоқ} one {Хабарламалар, # оқылмаған} other {Хабарламалар, # оқылмаған}}",
  title: "Хабарламалар",
  intro: "Сізге қатысты не болды: шешіміңізді күтетін, төленген немесе қабылданбаған шоттар, мерзімі аяқталып келе жатқан түстер, тоқтатулар, сізге тапсырылған істер. Әрқайсысы өзі туралы нысанға апарады.",
  filtersLabel: "Хабарламаларды көрсету",
  filter: { all: "Барлығы", unread: "Оқылмаған" },
  columns: { when: "Қашан", message: "Не болды", status: "Мәртебе" },
  unread: "Оқылмаған",
  read: "Оқылған",
  open: "Ашу",
  markRead: "Оқылды деп белгілеу",
  markAll: "Барлығын оқылды деп белгілеу",
  markedAll: "{count, plural, =0 {Оқылмаған хабарлама болмады.} one {# хабарлама оқылды деп белгіленді.} other {# хабарлама оқылды деп белгіленді.}}",
  markedOne: "Хабарлама оқылды деп белгіленді.",
  empty: "Әзірге хабарлама жоқ. Шот сіздің шешіміңізді күткенде, төленгенде не қабылданбағанда, түстің мерзімі аяқталуға жақындағанда немесе бірдеңе тоқтатылғанда осында хабар шығады.",
  emptyUnread: "Оқылмаған хабарлама жоқ.",
  kinds: {
    invoice_waiting: "{issuer} жіберген {amount} сомасындағы {number} шоты сіздің шешіміңізді күтуде ({project}).",
    invoice_paid: "{amount} сомасындағы {number} шоты мақұлданып, {paidOn} төленді.",
    invoice_rejected: "{amount} сомасындағы {number} шоты қабылданбады. Себебі: {reason}",
    colour_expiring_30: "«{project}» жобасының №{colour} түсінің мерзімі {expiresOn} аяқталады: {days, plural, one {# күн қалды} other {# күн қалды}}.",
    colour_expiring_7: "«{project}» жобасының №{colour} түсінің мерзімі {expiresOn} аяқталады: қаражатты жұмсауға не қайтаруға {days, plural, one {# күн ғана қалды} other {# күн ғана қалды}}.",
    colour_frozen: "«{project}» жобасының №{colour} түсін тергеуші тоқтатты. Себебі: {reason}",
    account_frozen: "{company} компаниясының №{colour} түстегі шотын («{project}») тергеуші тоқтатты. Себебі: {reason}",
    colour_frozen_holder: "«{project}» жобасының №{colour} түсін тергеуші тоқтатты: ол қайта ашылғанша ондағы ақша қозғалмайды.",
    account_frozen_holder: "Компанияңыздың №{colour} түстегі шотын («{project}») тергеуші тоқтатты: ол қайта ашылғанша шоттағы ақша қозғалмайды.",
    case_assigned: "{by} сізге №{case} «{title}» ісін тапсырды.",
    unknown: "Порталдың бұл нұсқасы көрсете алмайтын хабарлама.",
  },
  feedback: {
    dismiss: "Жабу",
    projectCreated: "Жоба құрылды. Сметасы сақталды; жобаға қаражатты осы жерден бөліңіз.",
    subcontractRegistered: "Қосалқы шарт тіркелді. Ол өзі бөлінген шартта да көрсетілген.",
    estimateChanged: "Смета жаңа нұсқа ретінде сақталды.",
    invoiceSaved: "Шот сақталды.",
    caseOpened: "Іс ашылды.",
  },
};
