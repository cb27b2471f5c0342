import type { SectionContext } from "./defaults-context.js";
import { ASSUME, positive, share01 } from "./estimate-rows.js";
import type { EstimateRow } from "./estimate-types.js";

export function worksRows({ inputs }: SectionContext): EstimateRow[] {
  const rows: EstimateRow[] = [];
  const _country = inputs.country;
  const works: EstimateRow[] = [];
  // With a closure estimate (/closure), its earthworks and soil layers are the closure works.
  const closure = inputs.closure ?? null;
  works.push(
    closure?.earthworks
      ? positive(
          "Works",
          "earthworks_usd_ha",
          closure.earthworks.lower,
          closure.earthworks.upper,
          "USD/ha",
          "Earthworks and regrading (USD/ha)",
          "Re-profiling dumps, pit safety works and ripping, per ha of disturbed land",
          `${closure.source}: re-profiling, pit safety, ripping`,
          "lnorm"
        )
      : positive(
          "Works",
          "earthworks_usd_ha",
          1000,
          8000,
          "USD/ha",
          "Earthworks and regrading (USD/ha)",
          "Reshaping dumps and pit edges to stable slopes, drainage",
          `${ASSUME}: dozer work on 2,000–5,000 m³/ha at 0.5–1.6 USD/m³`
        )
  );
  const cover = closure?.cover
    ? { ...closure.cover, source: `${closure.source}: growth medium and covers (the site's cover rule on every domain)` }
    : inputs.site?.coverUsdHa
      ? { ...inputs.site.coverUsdHa, source: inputs.site.source }
      : null;
  const coverWhat =
    inputs.site?.coverKind === "respread"
      ? "Respreading topsoil (growth medium) over spoil that is plantable after amendment"
      : inputs.site?.coverKind === "cover"
        ? "A full soil cover over spoil that must not be planted into (acid-forming, metal-rich, saline, or holding no water)"
        : "Placing topsoil or a growth-medium cover";
  works.push(
    cover
      ? positive("Works", "cover_usd_ha", cover.lower, cover.upper, "USD/ha", "Topsoil / cover (USD/ha)", coverWhat, cover.source, "lnorm")
      : positive(
          "Works",
          "cover_usd_ha",
          1400,
          6500,
          "USD/ha",
          "Topsoil / cover (USD/ha)",
          coverWhat,
          `${ASSUME}: topsoil respread 0.1–0.3 m at 1–3 USD/m³ (lognormal product; docs/investment-model.md); a full cover costs far more`,
          "lnorm"
        )
  );
  const amendments = inputs.site?.amendmentsUsdHa;
  works.push(
    amendments
      ? positive(
          "Works",
          "amendments_usd_ha",
          amendments.lower,
          amendments.upper,
          "USD/ha",
          "Soil amendments (USD/ha)",
          "Lime, compost, fertiliser as the site assessment requires",
          inputs.site!.source
        )
      : positive(
          "Works",
          "amendments_usd_ha",
          100,
          1200,
          "USD/ha",
          "Soil amendments (USD/ha)",
          "Lime, compost, fertiliser as the site assessment requires",
          `${ASSUME}: no site assessment yet`
        )
  );
  works.push(
    positive(
      "Works",
      "fencing_usd_ha",
      150,
      700,
      "USD/ha",
      "Fencing (USD/ha)",
      "Fence against livestock, per ha of the site",
      `${ASSUME}: 2–5 USD/m of fence, perimeter of a 10–100 ha block`
    )
  );
  works.push(
    share01(
      "Works",
      "minimal_works_share",
      0.25,
      0.6,
      "fraction",
      "Natural regeneration: share of works",
      "Share of earthworks, cover and amendments that natural regeneration still needs (safety and drainage)",
      ASSUME
    )
  );
  rows.push(...works);

  return rows;
}
