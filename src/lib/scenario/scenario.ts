/**
 * The Scenario: the one typed, versioned state that flows through the workflow pages (site → species →
 * nursery → investment → institutions). It holds the user's INPUTS only; every page recomputes what it
 * shows from these inputs with the pure functions in src/lib, so a link reopens exactly the same figures.
 *
 * URL form (see docs/scenario-urls.md):
 *   ?lat=-12.8&lon=28.21&site=Kansanshi#s=1.<base64url(JSON)>
 * - readable query parameters for the site (lat, lon, optional name);
 * - everything else that differs from the defaults in a compact, versioned hash `s=<version>.<payload>`.
 *
 * Decoding never trusts its input: every field is checked (type, range, pattern); a bad field falls back
 * to its default and yields a notice naming it; a bad or unknown-version hash falls back to all defaults.
 * Values are only ever used as data; pages must render them as text, never as HTML.
 */

import { defaultMonitoring, type MonitoringSettings, sanitizeMonitoring } from "../monitoring/settings.js";

export const SCENARIO_VERSION = 1;

export interface SiteChoice {
  /** Decimal degrees, WGS84. */
  lat: number;
  lon: number;
  /** Display name (e.g. a mine's name), plain text. */
  name: string | null;
}

export interface MixEntry {
  /** Species id (Ecocrop EcoPortCode, as in the species dataset). */
  id: number;
  /** Share of planted stems, 0–1. */
  share: number;
}

export interface EstimateOverride {
  lower?: number;
  upper?: number;
  median?: number;
  distribution?: string;
}

/**
 * Substrate properties a user can enter for the site, with units and plausible ranges (for validation):
 * pH in water; EC dS/m; SOC g/kg; clay and sand weight %; bulk density t/m³; metals total mg/kg.
 */
export const SPOIL_FIELDS = {
  ph: { label: "pH (water)", unit: "", min: 1.5, max: 12 },
  ecDsM: { label: "Electrical conductivity", unit: "dS/m", min: 0, max: 200 },
  socGkg: { label: "Organic carbon", unit: "g/kg", min: 0, max: 600 },
  clayPct: { label: "Clay", unit: "%", min: 0, max: 100 },
  sandPct: { label: "Sand", unit: "%", min: 0, max: 100 },
  bulkDensity: { label: "Bulk density", unit: "t/m³", min: 0.1, max: 2.8 },
  Cu: { label: "Copper", unit: "mg/kg", min: 0, max: 1e6 },
  Zn: { label: "Zinc", unit: "mg/kg", min: 0, max: 1e6 },
  Pb: { label: "Lead", unit: "mg/kg", min: 0, max: 1e6 },
  Cd: { label: "Cadmium", unit: "mg/kg", min: 0, max: 1e6 },
  As: { label: "Arsenic", unit: "mg/kg", min: 0, max: 1e6 },
  Ni: { label: "Nickel", unit: "mg/kg", min: 0, max: 1e6 },
  Cr: { label: "Chromium", unit: "mg/kg", min: 0, max: 1e6 }
} as const;
export type SpoilField = keyof typeof SPOIL_FIELDS;

export interface Scenario {
  site: SiteChoice | null;
  climate: {
    /** Warming added to present temperatures, °C. */
    warmingC: number;
    /** Change in annual and monthly rainfall, % of present. */
    rainfallPct: number;
    /** Id of the preset the values came from, or null when set by hand. */
    preset: string | null;
    /**
     * Site elevation, m a.s.l., for the lapse-rate correction of station temperatures; null = use the
     * nearby stations' distance-weighted elevation (src/lib/climate.ts).
     */
    elevationM: number | null;
  };
  soil: {
    /** Radius for nearby soil profiles and samples, km. */
    radiusKm: number;
    /**
     * Measured values of the mine substrate (spoil, overburden, tailings) entered by hand; they take
     * precedence over regional soil data. Keys and units: see SPOIL_FIELDS.
     */
    spoil: Partial<Record<SpoilField, number>>;
  };
  species: {
    /** Number of species in the planting mix. */
    k: number;
    /** Species ids that must be in the mix. */
    mustHave: number[];
    /** Use classes the user prioritises (see UseClass in records.ts). */
    uses: string[];
    /** The chosen planting mix. */
    mix: MixEntry[];
  };
  planting: {
    /** Area to plant, ha. */
    areaHa: number;
    /** Planting density, stems/ha. */
    densityPerHa: number;
    /** Expected field survival of planted seedlings, 0–1. */
    fieldSurvival: number;
    /** Replacement (beating-up) planting, fraction of the initial planting, 0–1. */
    replacementRate: number;
  };
  nursery: {
    /** Container / production technology id (see src/lib/nursery.ts). */
    technology: string;
    /** Inoculate seedlings (rhizobia for N-fixers, mycorrhiza otherwise). */
    inoculation: boolean;
    /**
     * Replacement planting replaces the expected dead once (1 − field survival after the technology and
     * inoculation effects); planting.replacementRate is then ignored by the nursery page.
     */
    replacementFromSurvival: boolean;
    /** Per-species parameter overrides: species id → parameter name → value. */
    params: Record<string, Record<string, number>>;
    /**
     * A planting window set by hand (months 1–12; length in months), overriding the site's rainy-season
     * window; null: take it from the site's climate.
     */
    window: { startMonth: number; months: number } | null;
  };
  investment: {
    /** Time horizon, years. */
    horizonYears: number;
    /** Overrides of the estimate table, by variable name. */
    estimates: Record<string, EstimateOverride>;
  };
  institutions: {
    /** Institutional arrangement id (see src/lib/institutions.ts). */
    arrangement: string;
    /** Restoration option whose cash flows the arrangements share (OPTION_IDS in src/lib/economics.ts). */
    option: string;
    /** Readiness checklist: ids of the key success factors that are missing (READINESS_FACTORS in src/lib/institutions.ts). */
    missingFactors: string[];
  };
  /** Monte Carlo settings. */
  mc: {
    n: number;
    seed: number;
  };
  /** Completion criteria, hand ratings, planting date and survey design (src/lib/monitoring/settings.ts). */
  monitoring: MonitoringSettings;
}

export function defaultScenario(): Scenario {
  return {
    site: null,
    climate: { warmingC: 0, rainfallPct: 0, preset: null, elevationM: null },
    soil: { radiusKm: 50, spoil: {} },
    species: { k: 6, mustHave: [], uses: [], mix: [] },
    planting: { areaHa: 100, densityPerHa: 1100, fieldSurvival: 0.8, replacementRate: 0.2 },
    nursery: { technology: "polybag", inoculation: true, replacementFromSurvival: true, params: {}, window: null },
    investment: { horizonYears: 30, estimates: {} },
    institutions: { arrangement: "company-run", option: "agroforestry", missingFactors: [] },
    mc: { n: 10000, seed: 42 },
    monitoring: defaultMonitoring()
  };
}

/** The result of decoding: a valid scenario, and a plain-text notice for everything that was rejected. */
export interface DecodedScenario {
  scenario: Scenario;
  notices: string[];
}

// ---------------------------------------------------------------------------------------------------
// Field checks. Each returns the checked value, or undefined (and records a notice) when invalid.

const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;
const MAX_TEXT = 120;

class Checker {
  notices: string[] = [];

  reject(field: string, why: string): undefined {
    this.notices.push(`${field}: ${why}; the default is used instead.`);
    return undefined;
  }

  number(field: string, value: unknown, min: number, max: number, { integer = false } = {}): number | undefined {
    const x = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
    if (typeof x !== "number" || !Number.isFinite(x)) return this.reject(field, "not a number");
    if (integer && !Number.isInteger(x)) return this.reject(field, "not a whole number");
    if (x < min || x > max) return this.reject(field, `${x} is outside ${min} to ${max}`);
    return x;
  }

  text(field: string, value: unknown): string | undefined {
    if (typeof value !== "string") return this.reject(field, "not text");
    // Control characters are dropped; length is capped. The value is still only ever shown as text.
    const cleaned = value
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes
      .replace(/[\u0000-\u001f\u007f]/g, "")
      .trim()
      .slice(0, MAX_TEXT);
    return cleaned;
  }

  identifier(field: string, value: unknown): string | undefined {
    if (typeof value !== "string" || !IDENTIFIER.test(value)) return this.reject(field, "not a valid identifier");
    return value;
  }

  boolean(field: string, value: unknown): boolean | undefined {
    if (typeof value !== "boolean") return this.reject(field, "not true or false");
    return value;
  }

  object(field: string, value: unknown): Record<string, unknown> | undefined {
    if (value === null || typeof value !== "object" || Array.isArray(value)) return this.reject(field, "not an object");
    return value as Record<string, unknown>;
  }

  array(field: string, value: unknown, maxLength: number): unknown[] | undefined {
    if (!Array.isArray(value)) return this.reject(field, "not a list");
    if (value.length > maxLength) return this.reject(field, `more than ${maxLength} entries`);
    return value;
  }
}

/** Copies `value` onto `target[key]` when it is defined (i.e. passed its check). */
function assign<T, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) target[key] = value;
}

function has(object: Record<string, unknown>, key: string): boolean {
  return Object.hasOwn(object, key);
}

/**
 * Checks a plain object (parsed JSON, maybe tampered with) field by field against the Scenario shape and
 * merges what is valid onto the defaults. Unknown fields are ignored (with a notice).
 */
export function sanitizeScenario(input: unknown, base: Scenario = defaultScenario()): DecodedScenario {
  const c = new Checker();
  const s = structuredClone(base);
  const root = c.object("scenario", input);
  if (!root) return { scenario: s, notices: c.notices };

  const known = new Set(["site", "climate", "soil", "species", "planting", "nursery", "investment", "institutions", "mc", "monitoring"]);
  for (const key of Object.keys(root)) if (!known.has(key)) c.notices.push(`${key}: unknown setting, ignored.`);

  if (has(root, "site")) {
    if (root.site === null) s.site = null;
    else {
      const site = c.object("site", root.site);
      if (site) {
        const lat = c.number("site.lat", site.lat, -90, 90);
        const lon = c.number("site.lon", site.lon, -180, 180);
        if (lat !== undefined && lon !== undefined) {
          const name = site.name === undefined || site.name === null ? null : (c.text("site.name", site.name) ?? null);
          s.site = { lat, lon, name: name || null };
        }
      }
    }
  }

  const climate = has(root, "climate") ? c.object("climate", root.climate) : undefined;
  if (climate) {
    if (has(climate, "warmingC")) assign(s.climate, "warmingC", c.number("climate.warmingC", climate.warmingC, -2, 8));
    if (has(climate, "rainfallPct")) assign(s.climate, "rainfallPct", c.number("climate.rainfallPct", climate.rainfallPct, -60, 60));
    if (has(climate, "preset")) {
      s.climate.preset = climate.preset === null ? null : (c.identifier("climate.preset", climate.preset) ?? null);
    }
    if (has(climate, "elevationM")) {
      s.climate.elevationM = climate.elevationM === null ? null : (c.number("climate.elevationM", climate.elevationM, -450, 9000) ?? null);
    }
  }

  const soil = has(root, "soil") ? c.object("soil", root.soil) : undefined;
  if (soil && has(soil, "radiusKm")) assign(s.soil, "radiusKm", c.number("soil.radiusKm", soil.radiusKm, 1, 1000));
  if (soil && has(soil, "spoil")) {
    const spoil = c.object("soil.spoil", soil.spoil);
    if (spoil) {
      const out: Partial<Record<SpoilField, number>> = {};
      for (const [key, value] of Object.entries(spoil)) {
        if (!has(SPOIL_FIELDS, key)) {
          c.reject(`soil.spoil.${key.slice(0, 20)}`, "not a known soil property");
          continue;
        }
        const { min, max } = SPOIL_FIELDS[key as SpoilField];
        assign(out, key as SpoilField, c.number(`soil.spoil.${key}`, value, min, max));
      }
      s.soil.spoil = out;
    }
  }

  const species = has(root, "species") ? c.object("species", root.species) : undefined;
  if (species) {
    if (has(species, "k")) assign(s.species, "k", c.number("species.k", species.k, 1, 30, { integer: true }));
    if (has(species, "mustHave")) {
      const list = c.array("species.mustHave", species.mustHave, 30);
      if (list) {
        const ids = list.map((id, i) => c.number(`species.mustHave[${i}]`, id, 0, 1e9, { integer: true }));
        s.species.mustHave = ids.filter((id): id is number => id !== undefined);
      }
    }
    if (has(species, "uses")) {
      const list = c.array("species.uses", species.uses, 20);
      if (list) s.species.uses = list.map((u, i) => c.identifier(`species.uses[${i}]`, u)).filter((u): u is string => !!u);
    }
    if (has(species, "mix")) {
      const list = c.array("species.mix", species.mix, 50);
      if (list) {
        const mix: MixEntry[] = [];
        list.forEach((entry, i) => {
          const e = c.object(`species.mix[${i}]`, entry);
          if (!e) return;
          const id = c.number(`species.mix[${i}].id`, e.id, 0, 1e9, { integer: true });
          const share = c.number(`species.mix[${i}].share`, e.share, 0, 1);
          if (id !== undefined && share !== undefined) mix.push({ id, share });
        });
        s.species.mix = mix;
      }
    }
  }

  const planting = has(root, "planting") ? c.object("planting", root.planting) : undefined;
  if (planting) {
    if (has(planting, "areaHa")) assign(s.planting, "areaHa", c.number("planting.areaHa", planting.areaHa, 0.01, 1e6));
    if (has(planting, "densityPerHa"))
      assign(s.planting, "densityPerHa", c.number("planting.densityPerHa", planting.densityPerHa, 1, 100000));
    if (has(planting, "fieldSurvival"))
      assign(s.planting, "fieldSurvival", c.number("planting.fieldSurvival", planting.fieldSurvival, 0.01, 1));
    if (has(planting, "replacementRate"))
      assign(s.planting, "replacementRate", c.number("planting.replacementRate", planting.replacementRate, 0, 2));
  }

  const nursery = has(root, "nursery") ? c.object("nursery", root.nursery) : undefined;
  if (nursery) {
    if (has(nursery, "technology")) assign(s.nursery, "technology", c.identifier("nursery.technology", nursery.technology));
    if (has(nursery, "inoculation")) assign(s.nursery, "inoculation", c.boolean("nursery.inoculation", nursery.inoculation));
    if (has(nursery, "replacementFromSurvival"))
      assign(s.nursery, "replacementFromSurvival", c.boolean("nursery.replacementFromSurvival", nursery.replacementFromSurvival));
    if (has(nursery, "params")) {
      const params = c.object("nursery.params", nursery.params);
      if (params) {
        const out: Record<string, Record<string, number>> = {};
        for (const [speciesId, values] of Object.entries(params).slice(0, 50)) {
          if (!/^\d{1,9}$/.test(speciesId) && !IDENTIFIER.test(speciesId)) {
            c.reject(`nursery.params.${speciesId.slice(0, 20)}`, "not a species id");
            continue;
          }
          const entries = c.object(`nursery.params.${speciesId}`, values);
          if (!entries) continue;
          for (const [name, value] of Object.entries(entries).slice(0, 30)) {
            if (!IDENTIFIER.test(name)) {
              c.reject(`nursery.params.${speciesId}`, "a parameter name is not valid");
              continue;
            }
            const x = c.number(`nursery.params.${speciesId}.${name}`, value, -1e9, 1e9);
            if (x !== undefined) (out[speciesId] ??= {})[name] = x;
          }
        }
        s.nursery.params = out;
      }
    }
    if (has(nursery, "window")) {
      if (nursery.window === null) s.nursery.window = null;
      else {
        const w = c.object("nursery.window", nursery.window);
        const startMonth = w && c.number("nursery.window.startMonth", w.startMonth, 1, 12, { integer: true });
        const months = w && c.number("nursery.window.months", w.months, 1, 12, { integer: true });
        if (startMonth !== undefined && months !== undefined) s.nursery.window = { startMonth, months };
      }
    }
  }

  const investment = has(root, "investment") ? c.object("investment", root.investment) : undefined;
  if (investment) {
    if (has(investment, "horizonYears"))
      assign(s.investment, "horizonYears", c.number("investment.horizonYears", investment.horizonYears, 5, 60, { integer: true }));
    if (has(investment, "estimates")) {
      const estimates = c.object("investment.estimates", investment.estimates);
      if (estimates) {
        const out: Record<string, EstimateOverride> = {};
        for (const [variable, value] of Object.entries(estimates).slice(0, 200)) {
          if (!IDENTIFIER.test(variable)) {
            c.reject(`investment.estimates`, `"${variable.slice(0, 40)}" is not a variable name`);
            continue;
          }
          const e = c.object(`investment.estimates.${variable}`, value);
          if (!e) continue;
          const override: EstimateOverride = {};
          for (const key of ["lower", "upper", "median"] as const) {
            if (has(e, key)) assign(override, key, c.number(`investment.estimates.${variable}.${key}`, e[key], -1e15, 1e15));
          }
          if (has(e, "distribution"))
            assign(override, "distribution", c.identifier(`investment.estimates.${variable}.distribution`, e.distribution));
          if (override.lower !== undefined && override.upper !== undefined && override.lower > override.upper) {
            c.reject(`investment.estimates.${variable}`, "lower is above upper");
            continue;
          }
          out[variable] = override;
        }
        s.investment.estimates = out;
      }
    }
  }

  const institutions = has(root, "institutions") ? c.object("institutions", root.institutions) : undefined;
  if (institutions && has(institutions, "arrangement"))
    assign(s.institutions, "arrangement", c.identifier("institutions.arrangement", institutions.arrangement));
  if (institutions && has(institutions, "option"))
    assign(s.institutions, "option", c.identifier("institutions.option", institutions.option));
  if (institutions && has(institutions, "missingFactors")) {
    const list = c.array("institutions.missingFactors", institutions.missingFactors, 40);
    if (list)
      s.institutions.missingFactors = list
        .map((id, i) => c.identifier(`institutions.missingFactors[${i}]`, id))
        .filter((id): id is string => !!id);
  }

  const mc = has(root, "mc") ? c.object("mc", root.mc) : undefined;
  if (mc) {
    if (has(mc, "n")) assign(s.mc, "n", c.number("mc.n", mc.n, 100, 100000, { integer: true }));
    if (has(mc, "seed")) assign(s.mc, "seed", c.number("mc.seed", mc.seed, 0, 2147483647, { integer: true }));
  }

  if (has(root, "monitoring")) s.monitoring = sanitizeMonitoring(root.monitoring, (field, why) => c.reject(field, why), s.monitoring);

  return { scenario: s, notices: c.notices };
}

// ---------------------------------------------------------------------------------------------------
// Encoding. The hash holds only what differs from the defaults, so typical links stay short.

/** The parts of `scenario` that differ from `base` (deep, by JSON equality), without the site. */
export function scenarioDiff(scenario: Scenario, base: Scenario = defaultScenario()): Record<string, unknown> {
  const diff: Record<string, unknown> = {};
  for (const key of Object.keys(scenario) as (keyof Scenario)[]) {
    if (key === "site") continue;
    const value = scenario[key] as unknown as Record<string, unknown>;
    const baseValue = base[key] as unknown as Record<string, unknown>;
    const part: Record<string, unknown> = {};
    for (const field of Object.keys(value)) {
      if (JSON.stringify(value[field]) !== JSON.stringify(baseValue[field])) part[field] = value[field];
    }
    if (Object.keys(part).length) diff[key] = part;
  }
  return diff;
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error("not base64url");
  const padded = text.replace(/-/g, "+").replace(/_/g, "/") + "===".slice((text.length + 3) % 4);
  const binary = atob(padded);
  const bytes = Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
  return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
}

/** Rounds coordinates for the readable query: 5 decimals ≈ 1 m. */
function formatCoordinate(x: number): string {
  return String(Math.round(x * 1e5) / 1e5);
}

/** The query string (with "?", or "") and hash (with "#", or "") that encode `scenario`. */
export function encodeScenario(scenario: Scenario): { search: string; hash: string } {
  const params = new URLSearchParams();
  if (scenario.site) {
    params.set("lat", formatCoordinate(scenario.site.lat));
    params.set("lon", formatCoordinate(scenario.site.lon));
    if (scenario.site.name) params.set("site", scenario.site.name);
  }
  const diff = scenarioDiff(scenario);
  const search = params.toString();
  return {
    search: search ? `?${search}` : "",
    hash: Object.keys(diff).length ? `#s=${SCENARIO_VERSION}.${toBase64Url(JSON.stringify(diff))}` : ""
  };
}

/**
 * Decodes a scenario from a URL's query string and hash (either may be empty or hostile).
 * The query's lat/lon/site take precedence over a site in the hash.
 */
export function decodeScenario(search: string, hash: string): DecodedScenario {
  const notices: string[] = [];
  let scenario = defaultScenario();

  const hashParams = new URLSearchParams(hash.replace(/^#/, ""));
  const packed = hashParams.get("s");
  if (packed !== null) {
    const match = /^(\d+)\.(.*)$/s.exec(packed);
    if (!match) notices.push("The link's scenario code is not readable; default settings are used.");
    else if (Number(match[1]) !== SCENARIO_VERSION)
      notices.push(`The link's scenario code is version ${match[1].slice(0, 6)}, which this site cannot read; default settings are used.`);
    else {
      let parsed: unknown;
      try {
        parsed = JSON.parse(fromBase64Url(match[2]));
      } catch {
        notices.push("The link's scenario code is damaged; default settings are used.");
      }
      if (parsed !== undefined) {
        const result = sanitizeScenario(parsed, scenario);
        scenario = result.scenario;
        notices.push(...result.notices);
      }
    }
  }

  const query = new URLSearchParams(search.replace(/^\?/, ""));
  if (query.has("lat") || query.has("lon")) {
    const site: Record<string, unknown> = { lat: query.get("lat"), lon: query.get("lon") };
    if (query.has("site")) site.name = query.get("site");
    const result = sanitizeScenario({ site }, scenario);
    if (result.notices.length) notices.push(...result.notices.map((n) => n.replace(/^site\./, "URL ")));
    else scenario = result.scenario;
  }
  return { scenario, notices };
}

/** A link to `path` (e.g. "/species") that carries `scenario`. */
export function scenarioHref(path: string, scenario: Scenario): string {
  const { search, hash } = encodeScenario(scenario);
  return `${path}${search}${hash}`;
}

// ---------------------------------------------------------------------------------------------------
// Files: export and import as JSON, with the version, for archiving and sharing.

export interface ScenarioFile {
  format: "mine-restoration-studio/scenario";
  version: number;
  scenario: Scenario;
}

export function scenarioToJson(scenario: Scenario): string {
  const file: ScenarioFile = { format: "mine-restoration-studio/scenario", version: SCENARIO_VERSION, scenario };
  return JSON.stringify(file, null, 2);
}

/** Reads an exported scenario file; anything unreadable falls back to defaults with notices. */
export function scenarioFromJson(text: string): DecodedScenario {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { scenario: defaultScenario(), notices: ["The file is not valid JSON; default settings are used."] };
  }
  const file = parsed as Partial<ScenarioFile> | null;
  if (!file || typeof file !== "object" || file.format !== "mine-restoration-studio/scenario")
    return { scenario: defaultScenario(), notices: ["The file is not a Mine Restoration Studio scenario; default settings are used."] };
  if (file.version !== SCENARIO_VERSION)
    return {
      scenario: defaultScenario(),
      notices: [`The file's scenario version (${String(file.version).slice(0, 6)}) cannot be read; default settings are used.`]
    };
  return sanitizeScenario(file.scenario);
}

/**
 * A relative link from the page at `fromPath` to the page at `toPath` (both site paths such as
 * "/cases/zambia-copper" and "/species"), so that links work wherever the site is hosted.
 */
export function relativePath(fromPath: string, toPath: string): string {
  const depth = fromPath.split("/").filter(Boolean).length - 1;
  const prefix = depth > 0 ? "../".repeat(depth) : "./";
  return prefix + toPath.replace(/^\//, "");
}
