import type { mealsEn } from "./meals.en";

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };

// Needs a native speaker's review, like the rest of the Kazakh catalogue.
export const mealsKk: Widen<typeof mealsEn> = {
  mealTypes: { breakfast: "Таңғы ас", lunch: "Түскі ас" },
  settlementPeriods: { daily: "Күн сайын", monthly: "Ай сайын" },
  voucherStatus: { active: "Жарамды", suspended: "Тоқтатылған", revoked: "Қайтарып алынған" },
  disputeStatus: { open: "Қаралуда", upheld: "Болмағаны расталды: төленбейді", dismissed: "Тамақ расталды: төленеді" },
  scan: {
    served: "Тамақ жазылды: {mealType}, {day}.",
    duplicate: "Бұл сканерлеу бұрын жіберілген; ол бір рет есептелді.",
  },
  refusals: {
    SCAN_MALFORMED: "Сканерлеу оқылмады (құрылғы, сканерлеу нөмірі, мектеп немесе тамақ түрі жоқ не қате). Тамақ жазылмады.",
    SCAN_TIME_INVALID: "Сканерлеу уақыты ({scannedAt}) болашақта немесе құрылғы байланыссыз сақтай алатын 72 сағаттан ескі. Тамақ жазылмады.",
    MEAL_TOKEN_MALFORMED: "Бұл тамақ ваучерінің коды емес. Ата-анадан ваучер бетін қайта ашуды сұраңыз.",
    MEAL_TOKEN_FORGED: "Кодтың қолтаңбасы сәйкес емес: кодты портал бермеген. Әрекет жазылды.",
    MEAL_TOKEN_EXPIRED: "Кодтың мерзімі өтті (код 30 секунд және тағы бір ауысымға жарамды). Экрандағы қазіргі кодты сканерлеңіз.",
    MEAL_TOKEN_REPLAYED: "Бұл код {servedAt} уақытында тамаққа пайдаланылған. Бір код — бір тамақ.",
    VOUCHER_NOT_ACTIVE: "Ваучер жарамсыз (мәртебесі: {status}). Ол бойынша тамақ жазылмайды.",
    NO_CANTEEN_CONTRACT: "Сіздің компанияңыздың {day} күні {school} мектебінде {mealType} бойынша шарты жоқ.",
    NOT_A_SCHOOL_DAY: "{day} — мектеп күнтізбесі бойынша оқу күні емес. Бұл күнге тамақ төленбейді.",
    OUTSIDE_SERVING_HOURS: "Сканерлеу {at} уақытында, беру сағаттарынан тыс ({mealType}: {from}–{to}).",
    PUPIL_NOT_ELIGIBLE: "Оқушы {school} мектебінің {month} айына бекітілген тізімінде жоқ.",
    MEAL_ALREADY_SERVED: "Оқушы {day} күні {mealType} алып қойған: күніне әр түрден бір тамақ.",
    DAILY_MEALS_EXCEED_ELIGIBLE: "{mealType}, {day}: тізімдегі {eligible, plural, one {# оқушыға} other {# оқушыға}} {served} тамақ жазылған. Бүгін бұдан артық жазуға болмайды.",
  },
  errors: {
    PERIOD_INVALID: "{startsOn} – {endsOn} кезеңі мұнда жарамсыз (ол бағдарламаның оқу жылының ішінде болуы керек).",
    CEILING_REQUIRED: "Кемінде бір тамақ түріне оң шекті тариф көрсетіңіз.",
    PROGRAMME_EXISTS: "{colour} түсі мектеп тамағы бағдарламасын қаржыландырып отыр.",
    MEAL_TYPE_NOT_IN_PROGRAMME: "Бағдарламада «{mealType}» үшін шекті тариф жоқ: шарт оны қамти алмайды.",
    TARIFF_ABOVE_CEILING: "{mealType} тарифі ({tariff}) бағдарламаның шекті тарифінен ({ceiling}) жоғары.",
    SERVING_HOURS_INVALID: "{mealType} беру сағаттары бір тәулік ішінде аяқталудан бұрын басталуы керек.",
    IIN_INVALID: "Бұл жарамды ЖСН емес (бақылау цифры дұрыс 12 цифр).",
    LIST_ALREADY_APPROVED: "{list} тізімі бекітілген, енді өзгермейді.",
    SAME_PERSON_APPROVAL: "{list} тізімін сіз құрдыңыз: оны басқа адам — мектеп директоры бекітуі керек.",
    VOUCHER_EXISTS: "{pupil} оқушысының осы бағдарлама бойынша ваучері бар.",
    VOUCHER_REVOKED: "{voucher} ваучері қайтарып алынған; ол енді жарамды болмайды.",
    BATCH_TOO_LARGE: "Бір жолы {max} сақталған сканерлеуден артық жібермеңіз.",
    MEAL_ALREADY_SETTLED: "{meal} тамағы асханаға төленген; оны мұнда даулауға болмайды. Аудандық білім бөліміне хабарласыңыз.",
    MEAL_ALREADY_DISPUTED: "{meal} тамағы болмады деп белгіленген.",
    DISPUTE_ALREADY_REVIEWED: "{dispute} дауы қаралған.",
    PERIOD_NOT_ENDED: "Кезең {periodEnd} күні аяқталады: есеп айырысу келесі күннен мүмкін.",
    NOTHING_TO_SETTLE: "{periodStart} – {periodEnd} аралығында төлейтін ештеңе жоқ (тамақ берілмеген немесе бәрі даумен ұсталған).",
  },
};
