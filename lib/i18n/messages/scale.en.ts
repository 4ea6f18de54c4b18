// The public figures kept by the aggregate cache say when they were computed (lib/public/aggregate-cache.ts, decision 0171).
export const scaleEn = {
  figuresAsOf: "Figures computed {computed}, from the postings up to {postings}.",
  figuresAsOfNoPostings: "Figures computed {computed}; no posting yet.",
};
