// School-meal figures on the public portal and the officials' view of them (issue 18, decision 0208).
export const mealsOpenEn = {
  nav: "School meals",
  title: "School meals",
  intro: "Free school meals paid with coloured money: per region and per school, the pupils on the approved lists, the meals served, the tenge paid for them, the average price of a paid meal and the parents' absence disputes. No pupil is ever shown; a count of 1–4 is shown as \"fewer than 5\".",
  regionTitle: "School meals: {region}",
  regionIntro: "The schools of the region with meals or an approved list in the month. A count of 1–4 is shown as \"fewer than 5\" (and, where only one would be, the next smallest too, so that the total does not give it away).",
  month: "Month",
  show: "Show",
  noData: "No school meals recorded yet.",
  fewerThan5: "fewer than 5",
  total: "Total",
  allRegions: "All regions",
  columns: { region: "Region", school: "School", schools: "Schools", eligible: "Eligible pupils", meals: "Meals served", paid: "Paid", average: "Average price per meal", disputes: "Absence disputes" },
  official: {
    title: "School-meal figures",
    intro: "The same figures as the public portal's, exact, for the schools of your department (the Ministry of Finance and investigators: every school).",
    publicLink: "The public figures",
  },
};
