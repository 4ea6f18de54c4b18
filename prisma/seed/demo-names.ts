// The demo's names in Russian, Kazakh and English (issue 19, decision 0230), keyed by the name the seed gives a
// record (`name`, which the seed and the e2e specs look records up by). Terms follow the glossary of
// /work/shared/reference/kazakhstan.md (§8: министрлік, жоба, смета позициясы; units §3.2).
type TForms = { nameRu: string; nameKk: string; nameEn: string };

const FORMS: Record<string, TForms> = {
  // Ministries and agencies
  "Ministry of Finance of the Republic of Kazakhstan": { nameRu: "Министерство финансов Республики Казахстан", nameKk: "Қазақстан Республикасының Қаржы министрлігі", nameEn: "Ministry of Finance of the Republic of Kazakhstan" },
  "Treasury Committee of the Ministry of Finance": { nameRu: "Комитет казначейства Министерства финансов РК", nameKk: "ҚР Қаржы министрлігінің Қазынашылық комитеті", nameEn: "Treasury Committee of the Ministry of Finance" },
  "Ministry of Enlightenment of the Republic of Kazakhstan": { nameRu: "Министерство просвещения Республики Казахстан", nameKk: "Қазақстан Республикасының Оқу-ағарту министрлігі", nameEn: "Ministry of Enlightenment of the Republic of Kazakhstan" },
  "Ministry of Health of the Republic of Kazakhstan": { nameRu: "Министерство здравоохранения Республики Казахстан", nameKk: "Қазақстан Республикасының Денсаулық сақтау министрлігі", nameEn: "Ministry of Health of the Republic of Kazakhstan" },
  "Ministry of Transport of the Republic of Kazakhstan": { nameRu: "Министерство транспорта Республики Казахстан", nameKk: "Қазақстан Республикасының Көлік министрлігі", nameEn: "Ministry of Transport of the Republic of Kazakhstan" },
  "Anti-Corruption Agency of the Republic of Kazakhstan": { nameRu: "Агентство РК по противодействию коррупции", nameKk: "ҚР Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі", nameEn: "Anti-Corruption Agency of the Republic of Kazakhstan" },
  // Budget programmes
  "Строительство и реконструкция объектов начального, основного среднего и общего среднего образования": {
    nameRu: "Строительство и реконструкция объектов начального, основного среднего и общего среднего образования",
    nameKk: "Бастауыш, негізгі орта және жалпы орта білім беру объектілерін салу және реконструкциялау",
    nameEn: "Construction and reconstruction of primary, basic secondary and general secondary education facilities",
  },
  "Строительство и реконструкция объектов здравоохранения": { nameRu: "Строительство и реконструкция объектов здравоохранения", nameKk: "Денсаулық сақтау объектілерін салу және реконструкциялау", nameEn: "Construction and reconstruction of healthcare facilities" },
  "Развитие транспортной инфраструктуры": { nameRu: "Развитие транспортной инфраструктуры", nameKk: "Көлік инфрақұрылымын дамыту", nameEn: "Development of transport infrastructure" },
  "Общеобразовательное обучение: горячее питание учащихся 1–4 классов": {
    nameRu: "Общеобразовательное обучение: горячее питание учащихся 1–4 классов",
    nameKk: "Жалпы білім беретін оқыту: 1–4 сынып оқушыларын ыстық тамақпен қамтамасыз ету",
    nameEn: "General education: hot meals for pupils of grades 1–4",
  },
  // Projects
  "School for 600 pupils, Nauryzbay district, Almaty": { nameRu: "Школа на 600 мест, Наурызбайский район, Алматы", nameKk: "600 орындық мектеп, Наурызбай ауданы, Алматы", nameEn: "School for 600 pupils, Nauryzbay district, Almaty" },
  "District hospital, 150 beds, Shymkent": { nameRu: "Районная больница на 150 коек, Шымкент", nameKk: "150 төсектік аудандық аурухана, Шымкент", nameEn: "District hospital, 150 beds, Shymkent" },
  "Road section km 112–138, Karaganda — Temirtau": { nameRu: "Участок автодороги Караганда — Темиртау, км 112–138", nameKk: "Қарағанды — Теміртау автожолының учаскесі, 112–138 км", nameEn: "Road section km 112–138, Karaganda — Temirtau" },
  "Free school meals 2026/27, Bostandyk district, Almaty": { nameRu: "Бесплатное школьное питание 2026/27, Бостандыкский район, Алматы", nameKk: "Тегін мектеп тамағы 2026/27, Бостандық ауданы, Алматы", nameEn: "Free school meals 2026/27, Bostandyk district, Almaty" },
  // Estimate items
  "Ready-mixed concrete B25 (M350)": { nameRu: "Бетон товарный B25 (M350)", nameKk: "B25 (M350) тауарлық бетон", nameEn: "Ready-mixed concrete B25 (M350)" },
  "Rebar A500C Ø12": { nameRu: "Арматура A500C Ø12", nameKk: "A500C Ø12 арматурасы", nameEn: "Rebar A500C Ø12" },
  "Ceramic building brick": { nameRu: "Кирпич керамический строительный", nameKk: "Керамикалық құрылыс кірпіші", nameEn: "Ceramic building brick" },
  "Construction and installation works, school building": { nameRu: "Строительно-монтажные работы, здание школы", nameKk: "Құрылыс-монтаж жұмыстары, мектеп ғимараты", nameEn: "Construction and installation works, school building" },
  "Hot asphalt-concrete mix": { nameRu: "Асфальтобетонная смесь горячая", nameKk: "Ыстық асфальтбетон қоспасы", nameEn: "Hot asphalt-concrete mix" },
  "Hot breakfast for a pupil of grades 1–4": { nameRu: "Горячий завтрак для учащегося 1–4 классов", nameKk: "1–4 сынып оқушысына ыстық таңғы ас", nameEn: "Hot breakfast for a pupil of grades 1–4" },
  "Road construction and reconstruction works": { nameRu: "Работы по строительству и реконструкции автомобильных дорог", nameKk: "Автомобиль жолдарын салу және реконструкциялау жұмыстары", nameEn: "Road construction and reconstruction works" },
};

/** The record's name with its three forms, for a use case's input; a name the table lacks keeps only itself. */
export function withNames<T extends { name: string }>(record: T): T & Partial<TForms> {
  return { ...record, ...FORMS[record.name] };
}

/** Every demo name the table knows (the test that keeps the seed and the table in step). */
export const DEMO_NAMES = Object.keys(FORMS);
