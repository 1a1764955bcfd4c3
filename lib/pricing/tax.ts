// Tax rate tables, in code so they are reviewed like code: a rate per country (and "*" for
// everywhere else we ship to) with optional regions. Tax is on goods only, in basis points
// (1% = 100). A region (US state, Canadian province) overrides its country's rate; without
// an address the country rate is the estimate.

type TaxRate = { basisPoints: number; regions?: Record<string, number> };

export const taxRates: Record<string, TaxRate> = {
  US: { basisPoints: 700, regions: { CA: 725, NY: 400, TX: 625, WA: 650, OR: 0, MT: 0, DE: 0, NH: 0 } },
  CA: { basisPoints: 500, regions: { ON: 1300, QC: 1498, BC: 1200, AB: 500 } },
  GB: { basisPoints: 2000 },
  DE: { basisPoints: 1900 },
  "*": { basisPoints: 0 },
};

/** The tax rate on goods for an address, in basis points. */
export function taxBasisPoints(country: string, region?: string): number {
  const rate = taxRates[country.toUpperCase()] ?? taxRates["*"]!;
  const regionRate = region ? rate.regions?.[region.toUpperCase()] : undefined;
  return regionRate ?? rate.basisPoints;
}
