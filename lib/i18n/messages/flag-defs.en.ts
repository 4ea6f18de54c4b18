// Flag definitions' ties to the Open Contracting Partnership's red-flag catalogue (issue 15, decision 0161).
export const flagDefsEn = {
  ocp: "Open Contracting Partnership red flags (2024): {ids}.",
  ocpNone: "No indicator of the Open Contracting Partnership's red-flag catalogue (2024), which judges tenders and awards, matches this pattern of payments.",
};
