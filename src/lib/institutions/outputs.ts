/**
 * The institutions model's output names and the community income streams' labels, defined once: the
 * model writes them, the page and the case studies read them (docs/institutions.md).
 */
import type { CommunityStream, Stakeholder } from "./arrangements.js";

/** NPV of all parties together for the option the arrangements share, USD/ha. */
export const NPV_OPTION = "NPV_option";
/** A stakeholder's NPV under an arrangement minus under doing nothing, USD/ha. */
export const gainOutput = (arrangementKey: string, stakeholder: Stakeholder) => `Gain_${arrangementKey}_${stakeholder}`;
/** A stakeholder's NPV under the arrangement shown, USD/ha. */
export const stakeholderNpvOutput = (stakeholder: Stakeholder) => `NPV_${stakeholder}`;
/** The community's income NPV from one stream under the arrangement shown, USD/ha. */
export const incomeOutput = (stream: CommunityStream) => `Income_${stream}`;
/** A stakeholder's yearly cash flow change vs doing nothing (columns Cashflow_<stakeholder>1..n), USD/ha. */
export const stakeholderCashflowOutput = (stakeholder: Stakeholder) => `Cashflow_${stakeholder}`;

/** What each community income stream is, as the page names it. */
export const COMMUNITY_STREAM_LABELS: Record<CommunityStream, string> = {
  nursery: "Nursery sales (cooperative)",
  fruit: "Fruit",
  fodder: "Fodder",
  honey: "Honey",
  fuelwood: "Fuelwood",
  timber: "Timber",
  oil: "Bioenergy oil seed",
  carbon: "Carbon (benefit share)",
  wages: "Wages of local workers",
  ecosystem: "Ecosystem services"
};
