/**
 * Nursery technologies (container systems) and inoculation, with their effects on field survival, time,
 * space and cost, each with its source (docs/nursery-planning.md).
 */

import { TECHNOLOGY_IDS, type TechnologyId } from "../scenario/index.js";
import { assume, cite, type SpeciesForNursery } from "./defaults.js";
import type { ValueSource } from "./labels.js";

export { TECHNOLOGY_IDS, type TechnologyId };

/** A production system: how seedlings are held, with its effects on space, survival, time and cost. */
export interface Technology {
  id: TechnologyId;
  label: string;
  /** False for bare-root stock grown in beds. */
  containerized: boolean;
  /** Seedlings (containers) per m² of bed. */
  perM2: number;
  /** Container cost per seedling, USD (reusable trays: purchase price / number of crops). */
  containerUsd: number;
  /** Growing medium per container, litres (0 for bare-root). */
  substrateLitres: number;
  /** Labour to prepare media and fill containers (or prepare beds), person-days per 1,000 seedlings. */
  fillingDaysPer1000: number;
  /** Change in field survival against polybag stock, percentage points / 100. */
  survivalDelta: number;
  /** Extra weeks in the nursery against polybag stock (e.g. lifting and root pruning). */
  extraWeeks: number;
  sources: Partial<
    Record<"perM2" | "containerUsd" | "substrateLitres" | "fillingDaysPer1000" | "survivalDelta" | "extraWeeks", ValueSource>
  >;
  /** What the technology does and why, for the page. */
  note: string;
}

export const TECHNOLOGIES: Record<TechnologyId, Technology> = {
  "bare-root": {
    id: "bare-root",
    label: "Bare-root (seedbeds)",
    containerized: false,
    perM2: 100,
    containerUsd: 0,
    substrateLitres: 0,
    fillingDaysPer1000: 0.5,
    survivalDelta: -0.1,
    extraWeeks: 1,
    sources: {
      perM2: assume("Bed density of 100 seedlings/m² for tropical hardwood bare-root stock."),
      survivalDelta: assume(
        "Bare roots dry out in transport and planting; on harsh, dry mine spoils survival is lower than for container stock (TNM ch. 7, Containers).",
        "TNM2014"
      ),
      extraWeeks: assume("One week for root pruning and lifting."),
      fillingDaysPer1000: assume("Bed preparation instead of container filling.")
    },
    note: "Cheapest, but roots are exposed at lifting: plant on the same day, in the wettest weeks."
  },
  polybag: {
    id: "polybag",
    label: "Polybags (polypots)",
    containerized: true,
    perM2: 200,
    containerUsd: 0.02,
    substrateLitres: 0.6,
    fillingDaysPer1000: 1.5,
    survivalDelta: 0,
    extraWeeks: 0,
    sources: {
      perM2: cite("TreesForLife", "About 200 polypots per m² of bed."),
      containerUsd: assume("USD 0.01–0.03 per polybag (local purchase)."),
      substrateLitres: assume("A 10 × 15 cm lay-flat polybag holds about 0.6 L."),
      fillingDaysPer1000: assume("One worker fills about 650 polybags a day including media mixing.")
    },
    note: "The common tropical standard: cheap, but roots spiral at the bag wall if plants are held too long."
  },
  "root-trainer": {
    id: "root-trainer",
    label: "Root trainers / rigid cell trays",
    containerized: true,
    perM2: 350,
    containerUsd: 0.03,
    substrateLitres: 0.15,
    fillingDaysPer1000: 0.5,
    survivalDelta: 0.05,
    extraWeeks: 0,
    sources: {
      perM2: assume("About 350 cells of 150 cm³ per m² of bench."),
      containerUsd: assume("Tray price spread over about 5 crops: USD 0.02–0.05 per seedling."),
      substrateLitres: assume("150 cm³ cells; Hegde et al. (2013) found 300 cm³ best for Acacia mangium."),
      fillingDaysPer1000: assume("Trays are filled in bulk: about 2,000 cells a day."),
      survivalDelta: assume(
        "Vertical ribs stop root spiralling; better root form improves establishment (TNM ch. 7, Containers).",
        "TNM2014"
      )
    },
    note: "Ribbed rigid cells on raised benches: straight roots, light to transport, reusable."
  },
  "air-pruning": {
    id: "air-pruning",
    label: "Air-pruning trays",
    containerized: true,
    perM2: 300,
    containerUsd: 0.04,
    substrateLitres: 0.2,
    fillingDaysPer1000: 0.5,
    survivalDelta: 0.07,
    extraWeeks: 0,
    sources: {
      perM2: assume("About 300 cells of 200 cm³ per m² of raised bench."),
      containerUsd: assume("Tray price spread over about 5 crops: USD 0.03–0.06 per seedling."),
      substrateLitres: assume("200 cm³ cells."),
      fillingDaysPer1000: assume("Trays are filled in bulk: about 2,000 cells a day."),
      survivalDelta: assume(
        "Side slits air-prune root tips, giving a fibrous root plug that establishes fast (TNM ch. 7, Containers).",
        "TNM2014"
      )
    },
    note: "Side-slotted cells on raised benches: roots stop at the air gap and branch, no spiralling."
  }
};

/** Inoculation: rhizobia for N-fixers, mycorrhizal inoculum for the others. */
export interface Inoculation {
  kind: "rhizobial" | "mycorrhizal";
  usdPerSeedling: number;
  daysPer1000: number;
  survivalDelta: number;
  source: ValueSource;
}

export function inoculationFor(species: Pick<SpeciesForNursery, "nFixer">): Inoculation {
  return species.nFixer
    ? {
        kind: "rhizobial",
        usdPerSeedling: 0.002,
        daysPer1000: 0.1,
        survivalDelta: 0.03,
        source: assume(
          "Rhizobial inoculant at sowing (TNM ch. 14, Beneficial microorganisms): nodulated legumes establish better on N-poor spoils; the +3 points and USD 0.002 are assumptions.",
          "TNM2014"
        )
      }
    : {
        kind: "mycorrhizal",
        usdPerSeedling: 0.005,
        daysPer1000: 0.1,
        survivalDelta: 0.03,
        source: assume(
          "Mycorrhizal inoculum in the medium (TNM ch. 14, Beneficial microorganisms): better P uptake on infertile spoils; the +3 points and USD 0.005 are assumptions.",
          "TNM2014"
        )
      };
}
