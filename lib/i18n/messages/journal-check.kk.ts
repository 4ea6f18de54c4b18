import type { journalCheckEn } from "./journal-check.en";

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };

// Needs a native speaker's review, like the rest of the Kazakh catalogue.
export const journalCheckKk: Widen<typeof journalCheckEn> = {
  checkedAt: "Тексерілген уақыты: {time}.",
  shared: "Бір уақытта барлығы үшін бір ғана тексеру жүреді: тексеру кезінде жасалған сұрау оның аяқталуын күтеді, ал ол аяқталғаннан кейін {seconds} секунд бойы жаңа тексерудің орнына оның нәтижесі көрсетіледі.",
};
