/**
 * Country names → ISO 3166-1 alpha-3 codes, for sources that give a name only (ICMM, GEM). The index is
 * built from name/code pairs the project already has (the world atlas, the World Bank tables, the Maus
 * mining-area table) plus the aliases below, and matches names case-, accent- and punctuation-blind.
 */

/** Names that none of the tables spells this way, with their ISO3 code. */
export const COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  "French Guiana": "GUF",
  "Republic of the Congo": "COG",
  "Congo, Republic of": "COG",
  "DR Congo": "COD",
  DRC: "COD",
  "Democratic Republic of the Congo": "COD",
  "Fiji Islands": "FJI",
  Kosovo: "XKX",
  "Ivory Coast": "CIV",
  "Côte d'Ivoire": "CIV",
  Türkiye: "TUR",
  Turkey: "TUR",
  Russia: "RUS",
  Laos: "LAO",
  Vietnam: "VNM",
  "Viet Nam": "VNM",
  "South Korea": "KOR",
  "North Korea": "PRK",
  Iran: "IRN",
  Syria: "SYR",
  Tanzania: "TZA",
  Bolivia: "BOL",
  Venezuela: "VEN",
  "Czech Republic": "CZE",
  Eswatini: "SWZ",
  Swaziland: "SWZ",
  Burma: "MMR",
  Myanmar: "MMR",
  Macedonia: "MKD",
  "North Macedonia": "MKD",
  Kyrgyzstan: "KGZ",
  Slovakia: "SVK",
  "United States": "USA",
  USA: "USA",
  UK: "GBR",
  "Great Britain": "GBR",
  Brunei: "BRN",
  Gambia: "GMB",
  "The Gambia": "GMB",
  Egypt: "EGY",
  Yemen: "YEM",
  "Cape Verde": "CPV",
  "East Timor": "TLS",
  "Timor-Leste": "TLS",
  Palestine: "PSE",
  Taiwan: "TWN",
  "Western Sahara": "ESH",
  // Names in GRIIS checklist titles.
  "Republic of Korea": "KOR",
  "Democratic People's Republic of Korea": "PRK",
  "Korea (Democratic People's Republic of)": "PRK",
  "Virgin Islands, British": "VGB",
  Luxembourg: "LUX",
  "Democratic Republic of Congo": "COD",
  "Federated States of Micronesia": "FSM",
  Micronesia: "FSM",
  "Saint Kitts and Nevis": "KNA",
  "Saint Vincent and the Grenadines": "VCT",
  "Saint Barthelemy": "BLM",
  "Saint Martin": "MAF",
  "Wallis and Futuna": "WLF",
  "British Indian Ocean Territory": "IOT",
  "Falkland Islands": "FLK",
  "South Georgia and the South Sandwich Islands": "SGS",
  "British Virgin Islands": "VGB",
  "Sao Tome and Principe": "STP",
  "Cook Islands": "COK",
  "Palestine, State of": "PSE",
  "State of Palestine": "PSE",
  Tokelau: "TKL",
  Nauru: "NRU",
  "Saint Helena": "SHN",
  "Saint Helena, Ascension and Tristan da Cunha": "SHN",
  "Bonaire, Sint Eustatius and Saba": "BES"
};

/** The key names are matched on: no accents, lower case, "&" as "and", punctuation as spaces, no leading "the". */
export function countryKey(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .replace(/^the /, "");
}

export class CountryIndex {
  private readonly byKey = new Map<string, string>();
  /** A display name per ISO3 code (the first name added for it). */
  readonly names = new Map<string, string>();

  /** Adds name → iso3 pairs; a later pair does not override an earlier one for the same name. */
  add(pairs: Iterable<readonly [name: string, iso3: string]>): this {
    for (const [name, iso3] of pairs) {
      const code = iso3.trim().toUpperCase();
      if (!/^[A-Z]{3}$/.test(code) || !name.trim()) continue;
      const key = countryKey(name);
      if (!this.byKey.has(key)) this.byKey.set(key, code);
      if (!this.names.has(code)) this.names.set(code, name.trim());
    }
    return this;
  }

  /** The ISO3 code of a country name, or null when unknown or empty. */
  iso3(name: string | null | undefined): string | null {
    if (!name?.trim()) return null;
    return this.byKey.get(countryKey(name)) ?? null;
  }
}
