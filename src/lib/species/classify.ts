/** The overall suitability class from the criterion codes, and the reasons a species is not suitable. */
import { CRITERIA, CRITERION_INDEX, type CriterionCode, type SuitabilityClass } from "./labels.js";
import { type Substrate, salinityClass } from "./substrate.js";

/** Which of the site's substrate properties constrain species (so an unknown tolerance matters). */
export interface ActiveConstraints {
  /** Soil pH below 5.5 or above 8.5 (the site page's moderate-acidity and alkalinity limits). */
  ph: boolean;
  /** ECe ≥ 4 dS/m (saline: Richards 1954). */
  salinity: boolean;
}

export function activeConstraints(substrate: Substrate): ActiveConstraints {
  return {
    ph: substrate.ph !== null && (substrate.ph < 5.5 || substrate.ph > 8.5),
    salinity: substrate.ecDsM !== null && salinityClass(substrate.ecDsM) !== "low"
  };
}

export const LIMITING: readonly boolean[] = CRITERIA.map((c) => c.limiting);
const T = CRITERION_INDEX.temperature;
const P = CRITERION_INDEX.rainfall;
const PH = CRITERION_INDEX.ph;
const SAL = CRITERION_INDEX.salinity;

/**
 * The overall class from the codes (in CRITERIA order):
 * 1. unsuitable — any limiting criterion outside;
 * 2. insufficient — temperature or rainfall unknown;
 * 3. suitable — temperature and rainfall optimal, no caution outside, and no unknown tolerance of an
 *    active site constraint (acidity/alkalinity, salinity);
 * 4. marginal — otherwise.
 */
export function classify(codes: readonly CriterionCode[], active: ActiveConstraints, farAboveAltitude = false): SuitabilityClass {
  // Far above the highest altitude recorded (src/lib/species/ranges.ts farAboveAltitude): unsuitable, not a caution.
  if (farAboveAltitude) return "unsuitable";
  let cautionOutside = false;
  for (let i = 0; i < codes.length; i++) {
    if (codes[i] === "outside") {
      if (LIMITING[i]) return "unsuitable";
      cautionOutside = true;
    }
  }
  if (codes[T] === "unknown" || codes[P] === "unknown") return "insufficient";
  if (codes[T] !== "optimal" || codes[P] !== "optimal" || cautionOutside) return "marginal";
  if ((active.ph && codes[PH] === "unknown") || (active.salinity && codes[SAL] === "unknown")) return "marginal";
  return "suitable";
}

/** Plain-language reasons a species is not suitable: the criteria that lowered its class. */
export function classReasons(codes: readonly CriterionCode[], active: ActiveConstraints, farAboveAltitude = false): string[] {
  const reasons: string[] = [];
  if (farAboveAltitude) reasons.push("Altitude more than 1,000 m above the species' recorded maximum");
  CRITERIA.forEach((c, i) => {
    const code = codes[i];
    if (code === "outside") reasons.push(`${c.label} outside the species' limits${c.limiting ? "" : " (caution)"}`);
    else if ((c.id === "temperature" || c.id === "rainfall") && code !== "optimal") reasons.push(`${c.label} ${code}`);
    else if (code === "unknown" && ((c.id === "ph" && active.ph) || (c.id === "salinity" && active.salinity)))
      reasons.push(`${c.label} tolerance unknown (not assumed tolerant)`);
  });
  return reasons;
}
