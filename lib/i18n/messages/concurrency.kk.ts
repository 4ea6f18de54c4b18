import type { concurrencyEn } from "./concurrency.en";

export const concurrencyKk: { [K in keyof typeof concurrencyEn]: string } = {
  busy: "Дәл сол сәтте бұл жазбаны басқа біреу өзгертіп жатты. Ештеңе сақталмады: қайталап көріңіз.",
};
