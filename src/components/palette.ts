/**
 * Colours of the things the studio compares, from the Okabe–Ito palette (distinguishable under the common
 * colour-vision deficiencies; same values as the --oi-* variables in style.css).
 */
export const OPTION_COLORS: Record<string, string> = {
  natural: "#009e73",
  plantation: "#0072b2",
  agroforestry: "#e69f00",
  bioenergy: "#cc79a7"
};
export const STAKEHOLDER_COLORS: Record<string, string> = {
  company: "#0072b2",
  community: "#009e73",
  government: "#e69f00",
  investor: "#cc79a7"
};
