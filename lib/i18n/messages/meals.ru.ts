import type { mealsEn } from "./meals.en";

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };

export const mealsRu: Widen<typeof mealsEn> = {
  mealTypes: { breakfast: "Завтрак", lunch: "Обед" },
  settlementPeriods: { daily: "Ежедневно", monthly: "Ежемесячно" },
  voucherStatus: { active: "Действует", suspended: "Приостановлен", revoked: "Отозван" },
  disputeStatus: { open: "На рассмотрении", upheld: "Отсутствие подтверждено: не оплачивается", dismissed: "Питание подтверждено: оплачивается" },
  scan: {
    served: "Питание записано: {mealType}, {day}.",
    duplicate: "Это сканирование уже отправлялось; оно учтено один раз.",
  },
  refusals: {
    SCAN_MALFORMED: "Сканирование не прочитано (устройство, номер сканирования, школа или вид питания отсутствуют или неверны). Питание не записано.",
    SCAN_TIME_INVALID: "Время сканирования ({scannedAt}) в будущем или старше 72 часов, в течение которых устройство может хранить сканирования без связи. Питание не записано.",
    MEAL_TOKEN_MALFORMED: "Это не код ваучера на питание. Попросите родителя снова открыть страницу ваучера.",
    MEAL_TOKEN_FORGED: "Подпись кода не совпадает: код выдан не порталом. Попытка записана.",
    MEAL_TOKEN_EXPIRED: "Срок действия кода истёк (код действует 30 секунд и ещё одну смену кода). Отсканируйте код, который сейчас на экране.",
    MEAL_TOKEN_REPLAYED: "Этот код уже использован для питания в {servedAt}. Один код — одно питание.",
    VOUCHER_NOT_ACTIVE: "Ваучер не действует (статус: {status}). Питание по нему не записывается.",
    NO_CANTEEN_CONTRACT: "У вашей компании нет договора на {mealType} в школе {school} на {day}.",
    NOT_A_SCHOOL_DAY: "{day} — не учебный день по календарю школы. Питание за этот день не оплачивается.",
    OUTSIDE_SERVING_HOURS: "Сканирование в {at}, вне часов выдачи ({mealType}: {from}–{to}).",
    PUPIL_NOT_ELIGIBLE: "Ученика нет в утверждённом списке школы {school} на {month}.",
    MEAL_ALREADY_SERVED: "Ученик уже получил {mealType} {day}: одно питание каждого вида в день.",
    DAILY_MEALS_EXCEED_ELIGIBLE: "{mealType}, {day}: уже записано {served} при {eligible, plural, one {# ученике в списке} few {# учениках в списке} many {# учениках в списке} other {# ученика в списке}}. Больше сегодня записать нельзя.",
  },
  errors: {
    PERIOD_INVALID: "Период с {startsOn} по {endsOn} здесь недопустим (он должен лежать в учебном году программы).",
    CEILING_REQUIRED: "Укажите положительный предельный тариф хотя бы для одного вида питания.",
    PROGRAMME_EXISTS: "Цвет {colour} уже финансирует программу школьного питания.",
    MEAL_TYPE_NOT_IN_PROGRAMME: "В программе нет предельного тарифа для вида «{mealType}»: договор не может его включать.",
    TARIFF_ABOVE_CEILING: "Тариф на {mealType} ({tariff}) выше предельного тарифа программы ({ceiling}).",
    SERVING_HOURS_INVALID: "Часы выдачи ({mealType}) должны начинаться раньше, чем заканчиваются, в пределах одних суток.",
    IIN_INVALID: "Это не действительный ИИН (12 цифр с верной контрольной цифрой).",
    LIST_ALREADY_APPROVED: "Список {list} уже утверждён и больше не меняется.",
    SAME_PERSON_APPROVAL: "Список {list} составили вы: утвердить его должен другой человек — директор школы.",
    VOUCHER_EXISTS: "У ученика {pupil} уже есть ваучер по этой программе.",
    VOUCHER_REVOKED: "Ваучер {voucher} отозван; отозванный ваучер больше не действует.",
    BATCH_TOO_LARGE: "Отправляйте не более {max} сохранённых сканирований за раз.",
    MEAL_ALREADY_SETTLED: "Питание {meal} уже оплачено столовой; оспорить его здесь нельзя. Обратитесь в районный отдел образования.",
    MEAL_ALREADY_DISPUTED: "Питание {meal} уже отмечено как пропуск.",
    DISPUTE_ALREADY_REVIEWED: "Спор {dispute} уже рассмотрен.",
    PERIOD_NOT_ENDED: "Период заканчивается {periodEnd}: рассчитаться за него можно со следующего дня.",
    NOTHING_TO_SETTLE: "С {periodStart} по {periodEnd} оплачивать нечего (питание не выдавалось или всё удержано спорами).",
  },
};
