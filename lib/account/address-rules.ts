// Per-country address rules: which countries we ship to, how their postcodes look, and
// whether a region (state, province) is required. Pure data + functions, shared by the
// form (labels, region options) and the server-side validation.

export type CountryRule = {
  name: string;
  postalLabel: string;
  postalPattern: RegExp;
  postalExample: string;
  /** Canonical spacing and case, applied after validation. */
  formatPostal: (value: string) => string;
  regionLabel?: string;
  /** When set, the region must be one of these codes. */
  regions?: Readonly<Record<string, string>>;
  regionRequired: boolean;
};

const upper = (v: string) => v.toUpperCase().replace(/\s+/g, " ").trim();
const spaceBeforeLast3 = (v: string) => {
  const compact = v.toUpperCase().replace(/\s+/g, "");
  return `${compact.slice(0, -3)} ${compact.slice(-3)}`;
};

const US_STATES = {
  AL: "Alabama",
  AK: "Alaska",
  AZ: "Arizona",
  AR: "Arkansas",
  CA: "California",
  CO: "Colorado",
  CT: "Connecticut",
  DE: "Delaware",
  DC: "District of Columbia",
  FL: "Florida",
  GA: "Georgia",
  HI: "Hawaii",
  ID: "Idaho",
  IL: "Illinois",
  IN: "Indiana",
  IA: "Iowa",
  KS: "Kansas",
  KY: "Kentucky",
  LA: "Louisiana",
  ME: "Maine",
  MD: "Maryland",
  MA: "Massachusetts",
  MI: "Michigan",
  MN: "Minnesota",
  MS: "Mississippi",
  MO: "Missouri",
  MT: "Montana",
  NE: "Nebraska",
  NV: "Nevada",
  NH: "New Hampshire",
  NJ: "New Jersey",
  NM: "New Mexico",
  NY: "New York",
  NC: "North Carolina",
  ND: "North Dakota",
  OH: "Ohio",
  OK: "Oklahoma",
  OR: "Oregon",
  PA: "Pennsylvania",
  PR: "Puerto Rico",
  RI: "Rhode Island",
  SC: "South Carolina",
  SD: "South Dakota",
  TN: "Tennessee",
  TX: "Texas",
  UT: "Utah",
  VT: "Vermont",
  VA: "Virginia",
  WA: "Washington",
  WV: "West Virginia",
  WI: "Wisconsin",
  WY: "Wyoming",
} as const;

const CA_PROVINCES = {
  AB: "Alberta",
  BC: "British Columbia",
  MB: "Manitoba",
  NB: "New Brunswick",
  NL: "Newfoundland and Labrador",
  NS: "Nova Scotia",
  NT: "Northwest Territories",
  NU: "Nunavut",
  ON: "Ontario",
  PE: "Prince Edward Island",
  QC: "Quebec",
  SK: "Saskatchewan",
  YT: "Yukon",
} as const;

const AU_STATES = {
  ACT: "Australian Capital Territory",
  NSW: "New South Wales",
  NT: "Northern Territory",
  QLD: "Queensland",
  SA: "South Australia",
  TAS: "Tasmania",
  VIC: "Victoria",
  WA: "Western Australia",
} as const;

export const COUNTRY_RULES = {
  US: {
    name: "United States",
    postalLabel: "ZIP code",
    postalPattern: /^\d{5}(?:-\d{4})?$/,
    postalExample: "94103 or 94103-1234",
    formatPostal: (v) => v.trim(),
    regionLabel: "State",
    regions: US_STATES,
    regionRequired: true,
  },
  CA: {
    name: "Canada",
    postalLabel: "Postal code",
    postalExample: "K1A 0B1",
    postalPattern: /^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d$/i,
    formatPostal: spaceBeforeLast3,
    regionLabel: "Province or territory",
    regions: CA_PROVINCES,
    regionRequired: true,
  },
  GB: {
    name: "United Kingdom",
    postalLabel: "Postcode",
    postalExample: "SW1A 1AA",
    postalPattern:
      /^(?:GIR ?0AA|[A-PR-UWYZ](?:\d{1,2}|[A-HK-Y]\d{1,2}|\d[A-HJKPSTUW]|[A-HK-Y]\d[ABEHMNPRVWXY]) ?\d[ABD-HJLNP-UW-Z]{2})$/i,
    formatPostal: spaceBeforeLast3,
    regionLabel: "County (optional)",
    regionRequired: false,
  },
  DE: {
    name: "Germany",
    postalLabel: "Postcode (PLZ)",
    postalPattern: /^\d{5}$/,
    postalExample: "10115",
    formatPostal: (v) => v.trim(),
    regionRequired: false,
  },
  FR: {
    name: "France",
    postalLabel: "Postcode",
    postalPattern: /^\d{5}$/,
    postalExample: "75001",
    formatPostal: (v) => v.trim(),
    regionRequired: false,
  },
  NL: {
    name: "Netherlands",
    postalLabel: "Postcode",
    postalExample: "1012 AB",
    // Letter pairs SA, SD and SS are never issued.
    postalPattern: /^[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}$/i,
    formatPostal: (v) => upper(v).replace(/^(\d{4}) ?([A-Z]{2})$/, "$1 $2"),
    regionRequired: false,
  },
  AU: {
    name: "Australia",
    postalLabel: "Postcode",
    postalPattern: /^\d{4}$/,
    postalExample: "2000",
    formatPostal: (v) => v.trim(),
    regionLabel: "State or territory",
    regions: AU_STATES,
    regionRequired: true,
  },
} satisfies Record<string, CountryRule>;

export type CountryCode = keyof typeof COUNTRY_RULES;

export const COUNTRY_CODES = Object.keys(COUNTRY_RULES) as CountryCode[];

export function isCountryCode(value: unknown): value is CountryCode {
  return typeof value === "string" && Object.hasOwn(COUNTRY_RULES, value);
}

export function countryRule(code: CountryCode): CountryRule {
  return COUNTRY_RULES[code];
}
