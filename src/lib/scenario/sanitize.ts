/** Reads a Scenario from untrusted data (a URL's hash, an imported file), field by field. */
import { USE_CLASSES } from "../data/records.js";
import { printable } from "../util/printable.js";
import { AMENDMENT_FIELDS, type AmendmentField, type AmendmentSettings } from "./amendments.js";
import { assign, Checker, has, IDENTIFIER, setOwn } from "./checker.js";
import { sanitizeClosure } from "./closure.js";
import { ARRANGEMENT_IDS, DISCOUNT_BASES, isOneOf, OPTION_CHOICES, TECHNOLOGY_IDS } from "./ids.js";
import { sanitizeMonitoring } from "./monitoring.js";
import { boundNotices, FORBIDDEN_KEYS, plainData } from "./plain.js";
import {
  type DecodedScenario,
  defaultScenario,
  type EstimateOverride,
  type MixEntry,
  type Scenario,
  SPOIL_FIELDS,
  type SpoilField
} from "./types.js";

/**
 * Checks untrusted data (parsed JSON, maybe tampered with) field by field against the Scenario shape and
 * copies what is valid onto the defaults. The input is first copied as plain data (plain.ts: no
 * `__proto__`, `constructor` or `prototype` key at any depth, bounded depth and size); the result is built
 * by the schema below, never by merging the input. Unknown fields are ignored (with a notice); every echo
 * of the input in a notice is short and printable.
 */
export function sanitizeScenario(input: unknown, base: Scenario = defaultScenario()): DecodedScenario {
  const c = new Checker();
  const s = structuredClone(base);
  const root = c.object("scenario", plainData(input, c.notices));
  if (!root) return { scenario: s, notices: boundNotices(c.notices) };

  const known = new Set([
    "site",
    "climate",
    "soil",
    "species",
    "planting",
    "nursery",
    "investment",
    "institutions",
    "economics",
    "mc",
    "monitoring",
    "closure"
  ]);
  for (const key of Object.keys(root)) if (!known.has(key)) c.notices.push(`"${printable(key, 40)}": unknown setting, ignored.`);

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
          c.reject(`soil.spoil.${printable(key, 20)}`, "not a known soil property");
          continue;
        }
        const { min, max } = SPOIL_FIELDS[key as SpoilField];
        assign(out, key as SpoilField, c.number(`soil.spoil.${key}`, value, min, max));
      }
      s.soil.spoil = out;
    }
  }

  if (soil && has(soil, "amendments")) {
    const amendments = c.object("soil.amendments", soil.amendments);
    if (amendments) {
      const out: AmendmentSettings = {};
      for (const [key, value] of Object.entries(amendments)) {
        if (!has(AMENDMENT_FIELDS, key)) {
          c.reject(`soil.amendments.${printable(key, 20)}`, "not a known amendment setting");
          continue;
        }
        const { min, max } = AMENDMENT_FIELDS[key as AmendmentField];
        assign(out, key as AmendmentField, c.number(`soil.amendments.${key}`, value, min, max));
      }
      s.soil.amendments = out;
    }
  }

  const species = has(root, "species") ? c.object("species", root.species) : undefined;
  if (species) {
    if (has(species, "k")) assign(s.species, "k", c.number("species.k", species.k, 1, 30, { integer: true }));
    if (has(species, "allowExotics")) assign(s.species, "allowExotics", c.boolean("species.allowExotics", species.allowExotics));
    if (has(species, "mustHave")) {
      const list = c.array("species.mustHave", species.mustHave, 30);
      if (list) {
        const ids = list.map((id, i) => c.number(`species.mustHave[${i}]`, id, 0, 1e9, { integer: true }));
        s.species.mustHave = ids.filter((id): id is number => id !== undefined);
      }
    }
    if (has(species, "uses")) {
      const list = c.array("species.uses", species.uses, 20);
      if (list)
        s.species.uses = list.filter(
          (u, i) => isOneOf(USE_CLASSES, u) || c.reject(`species.uses[${i}]`, "not a known use")
        ) as Scenario["species"]["uses"];
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
    if (has(nursery, "technology")) assign(s.nursery, "technology", c.oneOf("nursery.technology", nursery.technology, TECHNOLOGY_IDS));
    if (has(nursery, "inoculation")) assign(s.nursery, "inoculation", c.boolean("nursery.inoculation", nursery.inoculation));
    if (has(nursery, "replacementFromSurvival"))
      assign(s.nursery, "replacementFromSurvival", c.boolean("nursery.replacementFromSurvival", nursery.replacementFromSurvival));
    if (has(nursery, "params")) {
      const params = c.object("nursery.params", nursery.params);
      if (params) {
        const out: Record<string, Record<string, number>> = {};
        for (const [speciesId, values] of Object.entries(params).slice(0, 50)) {
          if ((!/^\d{1,9}$/.test(speciesId) && !IDENTIFIER.test(speciesId)) || FORBIDDEN_KEYS.has(speciesId)) {
            c.reject(`nursery.params.${printable(speciesId, 20)}`, "not a species id");
            continue;
          }
          const entries = c.object(`nursery.params.${speciesId}`, values);
          if (!entries) continue;
          const checked: Record<string, number> = {};
          for (const [name, value] of Object.entries(entries).slice(0, 30)) {
            if (!IDENTIFIER.test(name) || FORBIDDEN_KEYS.has(name)) {
              c.reject(`nursery.params.${speciesId}`, "a parameter name is not valid");
              continue;
            }
            const x = c.number(`nursery.params.${speciesId}.${name}`, value, -1e9, 1e9);
            if (x !== undefined) setOwn(checked, name, x);
          }
          if (Object.keys(checked).length) setOwn(out, speciesId, checked);
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

  if (has(root, "closure")) s.closure = sanitizeClosure(root.closure, c, s.closure);

  const investment = has(root, "investment") ? c.object("investment", root.investment) : undefined;
  if (investment) {
    if (has(investment, "horizonYears"))
      assign(s.investment, "horizonYears", c.number("investment.horizonYears", investment.horizonYears, 5, 60, { integer: true }));
    if (has(investment, "discount")) assign(s.investment, "discount", c.oneOf("investment.discount", investment.discount, DISCOUNT_BASES));
    if (has(investment, "irrigation")) assign(s.investment, "irrigation", c.boolean("investment.irrigation", investment.irrigation));
    if (has(investment, "voi")) assign(s.investment, "voi", c.oneOf("investment.voi", investment.voi, OPTION_CHOICES));
    if (has(investment, "estimates")) {
      const estimates = c.object("investment.estimates", investment.estimates);
      if (estimates) {
        const out: Record<string, EstimateOverride> = {};
        for (const [variable, value] of Object.entries(estimates).slice(0, 200)) {
          if (!IDENTIFIER.test(variable) || FORBIDDEN_KEYS.has(variable)) {
            c.reject(`investment.estimates`, `"${printable(variable, 40)}" is not a variable name`);
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
          setOwn(out, variable, override);
        }
        s.investment.estimates = out;
      }
    }
  }

  const institutions = has(root, "institutions") ? c.object("institutions", root.institutions) : undefined;
  if (institutions && has(institutions, "arrangement"))
    assign(s.institutions, "arrangement", c.oneOf("institutions.arrangement", institutions.arrangement, ARRANGEMENT_IDS));
  if (institutions && has(institutions, "option"))
    assign(s.institutions, "option", c.oneOf("institutions.option", institutions.option, OPTION_CHOICES));
  if (institutions && has(institutions, "missingFactors")) {
    const list = c.array("institutions.missingFactors", institutions.missingFactors, 40);
    if (list)
      s.institutions.missingFactors = list
        .map((id, i) => c.identifier(`institutions.missingFactors[${i}]`, id))
        .filter((id): id is string => !!id);
  }

  const economics = has(root, "economics") ? c.object("economics", root.economics) : undefined;
  if (economics && has(economics, "wageUsdDay"))
    s.economics.wageUsdDay =
      economics.wageUsdDay === null ? null : (c.number("economics.wageUsdDay", economics.wageUsdDay, 0.1, 5000) ?? null);

  const mc = has(root, "mc") ? c.object("mc", root.mc) : undefined;
  if (mc) {
    if (has(mc, "n")) assign(s.mc, "n", c.number("mc.n", mc.n, 100, 100000, { integer: true }));
    if (has(mc, "seed")) assign(s.mc, "seed", c.number("mc.seed", mc.seed, 0, 2147483647, { integer: true }));
  }

  if (has(root, "monitoring")) s.monitoring = sanitizeMonitoring(root.monitoring, (field, why) => c.reject(field, why), s.monitoring);

  return { scenario: s, notices: boundNotices(c.notices) };
}
