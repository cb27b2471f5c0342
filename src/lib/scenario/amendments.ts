/**
 * Settings of the amendment and cover rules (src/lib/site/amendments.ts), in the rules' own units, with the
 * default each rule uses, the range a user may set, and how the page shows it (`scale`: shown = value ×
 * scale, in `unit`). Defined once: the /site inputs, the sanitiser and the rules read this table.
 * Defaults and their sources: docs/site-assessment.md (amendments and cover).
 */
export const AMENDMENT_FIELDS = {
  targetPh: { label: "Target pH", unit: "", scale: 1, min: 4, max: 8, step: 0.1, default: 5.5 },
  targetSocGkg: { label: "Target organic carbon", unit: "g/kg", scale: 1, min: 1, max: 60, step: 1, default: 10 },
  depthM: { label: "Incorporation depth", unit: "cm", scale: 100, min: 0.05, max: 1, step: 1, default: 0.2 },
  compostCarbonFraction: { label: "Compost carbon (dry matter)", unit: "%", scale: 100, min: 0.05, max: 0.6, step: 1, default: 0.25 },
  coverWaterMm: { label: "Cover: water to store", unit: "mm", scale: 1, min: 30, max: 400, step: 10, default: 150 },
  respreadDepthM: { label: "Topsoil respread depth", unit: "cm", scale: 100, min: 0.05, max: 0.5, step: 1, default: 0.2 }
} as const;
export type AmendmentField = keyof typeof AMENDMENT_FIELDS;
export type AmendmentSettings = Partial<Record<AmendmentField, number>>;

/**
 * The settings behind what a page shows (values in each field's display unit): each valid value is
 * converted to the rule's unit; a value that is not a number, out of range, or equal to the default is
 * left out, so the rule uses its default and the link stays short.
 */
export function amendmentSettingsFromShown(shown: Partial<Record<AmendmentField, number | null>>): AmendmentSettings {
  const out: AmendmentSettings = {};
  for (const key of Object.keys(AMENDMENT_FIELDS) as AmendmentField[]) {
    const field = AMENDMENT_FIELDS[key];
    const x = shown[key];
    if (typeof x !== "number" || !Number.isFinite(x)) continue;
    const value = Math.round((x / field.scale) * 1e9) / 1e9;
    if (value >= field.min && value <= field.max && value !== field.default) out[key] = value;
  }
  return out;
}

/** The value a rule uses for `key`: the user's setting, else the default. */
export function amendmentSetting(settings: AmendmentSettings | undefined, key: AmendmentField): number {
  return settings?.[key] ?? AMENDMENT_FIELDS[key].default;
}
