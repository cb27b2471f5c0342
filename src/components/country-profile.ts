import * as d3 from "npm:d3";
import { html } from "npm:htl";
import type { CountryProfile, LatestValue } from "../lib/atlas/atlas.js";

const grouped = d3.format(",.0f");
const threeDigits = d3.format(",.3~r");

/** A figure with its unit and year, or "no data" (never zero) when the source has no value. */
function figure(value: LatestValue | number | null, unit: string, format: (x: number) => string, source: string): HTMLElement {
  if (value === null) return html`<span class="muted">no data</span> <span class="unit">(${source})</span>` as HTMLElement;
  const x = typeof value === "number" ? value : value.value;
  const year = typeof value === "number" ? null : value.year;
  return html`<span class="figure">${format(x)}</span><span class="unit">${unit}</span>
    <span class="unit">(${source}${year !== null ? `, ${year}` : ""})</span>` as HTMLElement;
}

/**
 * The profile of a country: mining area, mines (and open pits), GDP per capita, lending rate, inflation
 * (each with its year and source), and plantation carbon removal factors. All text is escaped.
 */
export function CountryProfileCard(
  profile: CountryProfile | null,
  { empty = "Choose a country to see its profile." }: { empty?: string } = {}
): HTMLElement {
  if (!profile)
    return html`<div class="card country-profile" data-testid="country-profile"><p class="muted">${empty}</p></div>` as HTMLElement;
  const rf = profile.removalFactors;
  return html`<div class="card country-profile" data-testid="country-profile">
    <h3>${profile.name} <span class="muted">(${profile.iso3})</span></h3>
    <dl class="profile-figures">
      <dt>Mining land area</dt>
      <dd>${figure(profile.miningAreaKm2, "km²", threeDigits, "Maus et al. 2022 ∪ Tang & Werner 2023")}</dd>
      <dt>Mines in the atlas</dt>
      <dd><span class="figure">${grouped(profile.mines)}</span>
        ${profile.mines ? html`<span class="unit">of which ${grouped(profile.openPitMines)} open pit or surface</span>` : null}
        ${
          profile.topCommodities.length
            ? html`<div class="muted">Most named: ${profile.topCommodities.map((c) => `${c.key} (${c.count})`).join(", ")}</div>`
            : null
        }</dd>
      <dt>GDP per capita</dt>
      <dd>${figure(profile.gdpPerCapitaUsd, "US$ (current)", grouped, "World Bank")}</dd>
      <dt>Lending interest rate</dt>
      <dd>${figure(profile.lendingRatePct, "% per year", d3.format(".1f"), "World Bank")}</dd>
      <dt>Inflation, consumer prices</dt>
      <dd>${figure(profile.inflationPct, "% per year", d3.format(".1f"), "World Bank")}</dd>
      <dt>Plantation carbon removal</dt>
      <dd>${
        rf.count
          ? html`<span class="figure">${d3.format(".2f")(rf.median!)}</span><span class="unit">Mg C/ha/yr median of ${rf.count} factor${rf.count === 1 ? "" : "s"}, range ${d3.format(".2f")(rf.min!)}–${d3.format(".2f")(rf.max!)} (SDPT v2, above + below ground)</span>
          <table class="removal-factors">
            <thead><tr><th scope="col">Species or class</th><th scope="col" style="text-align:right">Mg C/ha/yr</th></tr></thead>
            <tbody>${rf.top.map(
              (r) =>
                html`<tr><td>${r.name}</td><td style="text-align:right">${d3.format(".2f")(r.removalFactor)}${r.removalFactorSd !== null ? ` ± ${d3.format(".2f")(r.removalFactorSd)}` : ""}</td></tr>`
            )}</tbody>
          </table>`
          : html`<span class="muted">no data</span> <span class="unit">(SDPT v2)</span>`
      }</dd>
    </dl>
  </div>` as HTMLElement;
}
