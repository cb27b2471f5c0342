/**
 * The Recovery Wheel's attributes and sub-attributes with their names (SER International Principles and
 * Standards, 2nd ed., Gann et al. 2019, Table 4): the descriptive table pages and components show.
 */
export interface Attribute {
  id: string;
  label: string;
}

export interface SubAttribute {
  /** "<attribute>.<sub>", e.g. "composition.plants". */
  id: string;
  attribute: string;
  label: string;
}

/** The six attributes, in the wheel's order (clockwise from the top). */
export const ATTRIBUTES: readonly Attribute[] = [
  { id: "threats", label: "Absence of threats" },
  { id: "physical", label: "Physical conditions" },
  { id: "composition", label: "Species composition" },
  // The 2019 Standards call it "structural diversity"; SER Australasia's 2016 proforma "community structure".
  { id: "structure", label: "Structural diversity" },
  { id: "function", label: "Ecosystem function" },
  { id: "exchanges", label: "External exchanges" }
];

const sub = (attribute: string, key: string, label: string): SubAttribute => ({ id: `${attribute}.${key}`, attribute, label });

/** The 18 sub-attributes, three per attribute, in the wheel's order. */
export const SUB_ATTRIBUTES: readonly SubAttribute[] = [
  sub("threats", "overuse", "Over-utilization"),
  sub("threats", "invasive", "Invasive species"),
  sub("threats", "contamination", "Contamination"),
  sub("physical", "substratePhysical", "Substrate physical"),
  sub("physical", "substrateChemical", "Substrate chemical"),
  sub("physical", "water", "Water chemo-physical"),
  sub("composition", "plants", "Desirable plants"),
  sub("composition", "animals", "Desirable animals"),
  sub("composition", "noUndesirable", "No undesirable species"),
  sub("structure", "strata", "All strata present"),
  sub("structure", "trophic", "All trophic levels"),
  sub("structure", "mosaic", "Spatial mosaic"),
  sub("function", "productivity", "Productivity, cycling"),
  sub("function", "habitat", "Habitat and plant–animal interactions"),
  sub("function", "resilience", "Resilience, recruitment"),
  sub("exchanges", "landscape", "Landscape flows"),
  sub("exchanges", "gene", "Gene flows"),
  sub("exchanges", "habitatLinks", "Habitat links")
];

export const SUB_ATTRIBUTE_IDS: readonly string[] = SUB_ATTRIBUTES.map((s) => s.id);

export function subAttribute(id: string): SubAttribute | undefined {
  return SUB_ATTRIBUTES.find((s) => s.id === id);
}

export function attributeOf(subId: string): Attribute | undefined {
  const s = subAttribute(subId);
  return s ? ATTRIBUTES.find((a) => a.id === s.attribute) : undefined;
}

/** Highest rating of the 5-star scale. */
