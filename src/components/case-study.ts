/**
 * A published case study as one printable brief: key figures, the site, what to plant, the nursery, the
 * investment case, who gains, what to measure next, and links that reopen the scenario on every page.
 * All numbers come from the build-time result (src/lib/case-study.ts); text from the data is rendered as
 * text (htl escapes it).
 */
import { html } from "npm:htl";
import { formatUsd } from "../lib/util/format.js";
import type { CaseResult } from "../lib/workflow/case-study.js";
import type { CaseDefinition } from "../lib/workflow/cases.js";
import { CashflowBands } from "./cashflow-bands.js";
import { NpvRanges } from "./npv-charts.js";
import { OPTION_COLORS, STAKEHOLDER_COLORS } from "./palette.js";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const int = (x: number) => Math.round(x).toLocaleString("en-US");
const dec = (x: number | null, digits = 1, unit = "") =>
  x === null || !Number.isFinite(x) ? "not known" : `${x.toLocaleString("en-US", { maximumFractionDigits: digits })}${unit}`;
const pct = (p: number) => `${Math.round(p * 100)} %`;

function monthsText(months: number[]): string {
  if (!months.length) return "no rain-fed planting window";
  if (months.length === 12) return "any month (no dry season)";
  return months.length === 1 ? MONTHS[months[0]] : `${MONTHS[months[0]]} to ${MONTHS[months[months.length - 1]]}`;
}

function card(value: string, label: string, testId: string): HTMLElement {
  return html`<div class="card"><div class="big-number" data-testid=${testId}>${value}</div><div class="muted">${label}</div></div>` as HTMLElement;
}

/** Links from the case page (at /cases/<slug>) to the workflow pages, carrying the scenario. */
function openLink(result: CaseResult, page: keyof CaseResult["links"], text: string): HTMLElement {
  return html`<a href=${`../${result.links[page]}`} data-testid=${`open-${page}`}>${text}</a>` as HTMLElement;
}

export function CaseStudy(result: CaseResult, def: CaseDefinition, { width = 640 }: { width?: number } = {}): HTMLElement {
  const inv = result.investment;
  const best = inv.options.find((o) => o.id === inv.best)!;
  const present = result.climate.present;
  const future = result.climate.scenario;
  const preset = result.climate.preset;
  const winners = result.institutions.stakeholders.filter((s) => s.gain.sd > 0 || s.gain.mean !== 0);
  const severe = result.soil.constraints.filter((c) => c.severity === "severe" || c.severity === "moderate");
  const unknown = result.soil.constraints.filter((c) => c.severity === "unknown");

  const keyFigures = html`<div class="grid grid-cols-4" data-testid="key-figures">
    ${card(`${result.species.suitableNow} → ${result.species.suitableScenario}`, `suitable woody species now → ${preset ? `at +${preset.warmingC} °C` : "under the scenario"}`, "kf-species")}
    ${card(int(result.nursery.seedlings), `seedlings to dispatch for ${int(inv.areaHa)} ha (${dec(result.nursery.seedKg, 1)} kg of seed)`, "kf-seedlings")}
    ${card(formatUsd(best.decision.mean), `per ha, ${best.name.toLowerCase()} vs doing nothing (mean; better in ${pct(best.pPositive)} of runs)`, "kf-npv")}
    ${card(pct(1 - (result.institutions.stakeholders.find((s) => s.id === "community")?.pWorse ?? 1)), `chance the community is not worse off (${result.institutions.arrangementName.toLowerCase()})`, "kf-community")}
  </div>`;

  const site = html`<section>
    <h2>The site</h2>
    <p>${def.mine.facts.join(" ")} Source: ${def.mine.source}.</p>
    <p>Its climate, interpolated from ${result.climate.stations.count} weather stations (the nearest ${dec(result.climate.stations.nearestKm, 0)} km away), is
      <strong>${present.koppenName ?? "not classified"} (${present.koppen ?? "?"})</strong>: ${dec(present.tMean, 1, " °C")} on average and
      ${dec(present.precAnnual, 0, " mm")} of rain a year, with ${dec(present.dryMonths, 0)} dry months (under 60 mm). The rain-fed planting window is
      ${monthsText(present.plantingMonths)}.
      ${preset ? `Under ${preset.label} the region warms by +${preset.warmingC} °C (CMIP6 models' 10–90 % range ${dec(preset.warmingRange?.[0] ?? null, 2)} to ${dec(preset.warmingRange?.[1] ?? null, 2)} °C), to ${dec(future.tMean, 1, " °C")}${future.koppen && future.koppen !== present.koppen ? `, which moves the site into ${future.koppenName} (${future.koppen})` : ""}.` : ""}</p>
    ${result.climate.stations.warnings.length ? html`<div class="notice warning"><ul>${result.climate.stations.warnings.map((w) => html`<li>${w}</li>`)}</ul></div>` : ""}
    <p>${
      result.soil.sites
        ? `Soil: ${result.soil.sites} soil profiles and samples within ${result.soil.radiusKm} km give a regional topsoil of pH ${dec(result.soil.ph, 1)}, ${dec(result.soil.socGkg, 1, " g/kg")} organic carbon${result.soil.texture ? `, ${result.soil.texture}` : ""}.`
        : `Soil: the bundled soil data (African profiles and samples, ISRIC world reference profiles) have no site within ${result.soil.radiusKm} km, so the substrate is not known.`
    }
      These describe the surrounding land, not the mine's spoil: the first field task is to sample the waste rock and tailings (the site page takes the results as an upload).</p>
    ${severe.length ? html`<p>Constraints found: ${severe.map((c, i) => html`${i ? "; " : ""}<span title=${`${c.threshold}. ${c.source}`}>${c.label.toLowerCase()} (${c.value}, ${c.severity})</span>`)}.</p>` : ""}
    ${unknown.length ? html`<p class="muted">Not measured here: ${unknown.map((c) => c.label).join(", ")}.</p>` : ""}
    ${
      result.soil.lime !== null || result.soil.compost !== null || result.soil.coverDepthM !== null
        ? html`<p>Amendments computed on the site page: ${[
            result.soil.lime !== null ? `${dec(result.soil.lime, 1)} t/ha of lime (CaCO₃)` : null,
            result.soil.compost !== null ? `${dec(result.soil.compost, 0)} t/ha of compost` : null,
            result.soil.coverDepthM !== null
              ? result.soil.coverKind === "respread"
                ? `a ${dec(result.soil.coverDepthM, 2)} m topsoil respread`
                : `a ${dec(result.soil.coverDepthM, 2)} m soil cover over the hostile spoil`
              : null
          ]
            .filter(Boolean)
            .join(", ")}.</p>`
        : ""
    }
    <p class="no-print">${openLink(result, "site", "Open the site assessment")}</p>
  </section>`;

  const species = html`<section>
    <h2>What to plant</h2>
    <p>Of ${int(result.species.total)} woody species in FAO Ecocrop, <strong>${result.species.suitableNow}</strong> suit the site's present climate and soil and
      <strong>${result.species.suitableScenario}</strong> suit it ${preset ? `at +${preset.warmingC} °C` : "under the scenario"}
      (${result.species.lost} lost, ${result.species.gained} gained). The planting mix below is chosen for ${def.uses.map((u) => u.replace(/([A-Z])/g, " $1").toLowerCase()).join(", ")}
      and for functional diversity; N-fixing and pioneer "nurse" species take at least half of the stems.</p>
    <div class="table-scroll"><table data-testid="case-mix">
      <thead><tr><th scope="col">Species</th><th scope="col">Share of stems</th><th scope="col">Role; native or exotic (WCVP)</th><th scope="col">Why it is in</th></tr></thead>
      <tbody>${result.species.mix.map((m) => html`<tr><th scope="row"><em>${m.name}</em></th><td>${m.percent} %</td><td>${m.role}${m.nFixer ? ", N-fixing" : ""}; ${m.origin === "native" ? "native" : `exotic (${m.nativeStatus})`}</td><td>${m.reason}</td></tr>`)}</tbody>
    </table></div>
    ${result.species.notes.length ? html`<p class="muted">${result.species.notes.join(" ")}</p>` : ""}
    <p class="no-print">${openLink(result, "species", "Open the species ranking and mix")}</p>
  </section>`;

  const nursery = html`<section>
    <h2>The nursery</h2>
    <p>Planting ${int(inv.areaHa)} ha at ${int(result.scenario.planting.densityPerHa)} stems/ha, with replacement of the expected losses, needs
      <strong>${int(result.nursery.seedlings)} seedlings</strong> dispatched (${int(result.nursery.toRaise)} raised), ${dec(result.nursery.seedKg, 1)} kg of seed,
      about ${int(result.nursery.areaM2)} m² of nursery and ${int(result.nursery.labourDays)} person-days of nursery work, for about
      ${formatUsd(result.nursery.costUsd)} (${formatUsd(result.nursery.costPerSeedlingUsd * 100)} per 100 seedlings). Seedlings spend
      ${Math.min(...result.nursery.perSpecies.map((s) => s.weeksInNursery))}–${Math.max(...result.nursery.perSpecies.map((s) => s.weeksInNursery))} weeks in the nursery,
      so sowing starts about ${Math.round(Math.max(...result.nursery.perSpecies.map((s) => s.weeksInNursery)) / 4.35)} months before the planting window (${monthsText(present.plantingMonths)}).</p>
    <p class="no-print">${openLink(result, "nursery", "Open the nursery plan and sowing calendar")}</p>
  </section>`;

  const npvChart = NpvRanges(
    inv.options.map((o) => ({
      name: o.name,
      color: OPTION_COLORS[o.id],
      summary: { ...o.decision, n: inv.n, min: NaN, max: NaN, p_eq0: 0 }
    })),
    { width, label: "NPV gain over doing nothing (USD/ha) →" }
  );
  const bands = CashflowBands([{ name: best.name, color: OPTION_COLORS[best.id], bands: inv.bands }], {
    width,
    label: "Cash flow vs doing nothing (USD/ha/yr)"
  });
  const investment = html`<section>
    <h2>Is it worth it?</h2>
    <p>${inv.n.toLocaleString("en-US")} Monte Carlo runs (seed ${inv.seed}) over ${inv.horizonYears} years compare four ways to restore the site with doing nothing,
      which keeps the closure liability (${formatUsd(-inv.baseline.mean)} per ha in present value). The option with the best expected value is
      <strong>${best.name.toLowerCase()}</strong>: ${formatUsd(best.decision.mean)} per ha on average against doing nothing
      (5–95 %: ${formatUsd(best.decision.q05)} to ${formatUsd(best.decision.q95)}), better in ${pct(best.pPositive)} of runs${best.paybackMedian ? `, paying back in year ${best.paybackMedian} (median)` : ""}.</p>
    <figure>${npvChart}<figcaption>NPV gain over doing nothing per option: 5–95 % (light) and 25–75 % (dark) of runs, median (white tick) and mean (dot).</figcaption></figure>
    <figure>${bands}<figcaption>Yearly cash flow of ${best.name.toLowerCase()} minus doing nothing: 5–95 % and 25–75 % bands and median.</figcaption></figure>
    <p class="no-print">${openLink(result, "investment", "Open the investment analysis (estimates, distributions, sensitivity)")}</p>
  </section>`;

  const stakeholders = html`<section>
    <h2>Who pays and who earns</h2>
    <p>Under a <strong>${result.institutions.arrangementName.toLowerCase()}</strong> (${def.arrangementWhy}), the gains of ${best.name.toLowerCase()} against doing nothing fall like this:</p>
    <div class="table-scroll"><table data-testid="case-stakeholders">
      <thead><tr><th scope="col">Stakeholder</th><th scope="col">Mean gain, USD/ha</th><th scope="col">5–95 %</th><th scope="col">Chance of being worse off</th></tr></thead>
      <tbody>${result.institutions.stakeholders.map((s) => html`<tr style=${`border-left: 4px solid ${STAKEHOLDER_COLORS[s.id]}`}><th scope="row">${s.name}</th><td>${formatUsd(s.gain.mean)}</td><td>${formatUsd(s.gain.q05)} to ${formatUsd(s.gain.q95)}</td><td>${pct(s.pWorse)}</td></tr>`)}</tbody>
    </table></div>
    ${winners.length ? "" : html`<p class="muted">No stakeholder's position changes under this arrangement.</p>`}
    <p class="no-print">${openLink(result, "institutions", "Compare all arrangements")}</p>
  </section>`;

  const measure = html`<section>
    <h2>What to measure next</h2>
    <p>${inv.advice.decisionText}</p>
    <p><strong>${inv.advice.headline}</strong></p>
    ${
      inv.advice.items.length
        ? html`<ol data-testid="case-evpi">${inv.advice.items.slice(0, 5).map((i) => html`<li>${i.label}: worth up to ${formatUsd(i.evpi)} per ha to know — ${i.how}.</li>`)}</ol>`
        : ""
    }
  </section>`;

  const method = html`<section class="small">
    <h2>How these figures were made</h2>
    <p>Computed when the site was built, for the scenario the links on this page open, with the studio's tested modules on its bundled open data: weather-station climate
      (WorldClim 1.4, CHELSA), the Köppen–Geiger grid, CMIP6 warming by IPCC AR6 region, soil profiles (ISRIC AfSP, ISIS) and AfSIS samples, FAO Ecocrop
      species with WCUPS, NodDB and wood-density joins, World Bank indicators, WRI plantation removal factors and Project Drawdown cost ranges
      (CC BY-NC-SA: non-commercial use only). Every input of the investment model is a 90 % range with its source on the investment page.
      The Monte Carlo is seeded, so the page shows the same numbers on every load; the links open the same scenario interactively, where every
      input can be changed.</p>
    ${result.notes.length ? html`<details><summary>Notes on the estimates (${result.notes.length})</summary><ul>${result.notes.map((n) => html`<li>${n}</li>`)}</ul></details>` : ""}
  </section>`;

  return html`<div class="case-study">
    <p class="lede">${def.question}</p>
    ${keyFigures}${site}${species}${nursery}${investment}${stakeholders}${measure}${method}
  </div>` as HTMLElement;
}
