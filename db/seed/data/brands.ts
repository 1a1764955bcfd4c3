// Invented brands: a search facet needs a realistic spread, and none of these are real.
export const brands = {
  hartwell: "Hartwell & Co.",
  alder: "Alder & Pine",
  kestrel: "Kestrel Outdoor",
  summitline: "Summitline",
  stridewell: "Stridewell",
  trailforge: "Trailforge",
  ironleaf: "Ironleaf",
  emberOak: "Ember & Oak",
  lumenRow: "Lumen Row",
  fathom: "Fathom Audio",
  voltwise: "Voltwise",
  mariner: "Mariner Goods",
} as const;
