import { html } from "npm:htl";
import type { ScoredSpecies, SpeciesDetailFacts, SpeciesSite } from "../lib/species/index.js";
import { CHANGE_LABEL, CRITERIA } from "../lib/species/labels.js";
import { SpeciesRangeChart } from "./species-charts.js";
import { ClassLabel, CodeBadge } from "./species-codes.js";

/** The datasets behind a species record, with their citations (see data/SOURCES.md). */
const SOURCES: Record<string, string> = {
  Ecocrop: "FAO Ecocrop database (climate and soil ranges, uses), FAO, Rome; non-commercial licence terms",
  WCUPS: "World Checklist of Useful Plant Species (Diazgranados et al. 2020), CC BY 4.0",
  NodDB: "NodDB v1, genus-level N-fixation status (Tedersoo et al. 2018), CC BY-SA 4.0",
  GWDD: "Global Wood Density Database (Zanne et al. 2009; Chave et al. 2009), CC0",
  GlobUNT: "GlobalUsefulNativeTrees 2023.01 (Kindt et al. 2023), CC BY 4.0",
  WCVP: "World Checklist of Vascular Plants, distributions (Govaerts et al. 2021), CC BY 4.0",
  GRIIS: "Global Register of Introduced and Invasive Species (Pagad et al. 2018), CC BY 4.0"
};

/** One row of facts: a label and its value (text or a node; escaped by htl). */
function fact(label: string, value: string | Node | null): Node {
  return html`<tr><th scope="row">${label}</th><td>${value}</td></tr>` as Node;
}

/**
 * A species in detail: names, classes and why, every criterion now and under the scenario with its
 * explanation, the species' ranges drawn against the site's values, uses with their sources, warnings,
 * whether the planting mix may pick it on its own (and its relevance), and the data sources. All text comes from the dataset and is escaped by htl.
 */
export function SpeciesDetail(
  s: ScoredSpecies,
  {
    site,
    facts,
    scenarioLabel = "the scenario",
    width = 640
  }: { site: SpeciesSite; facts: SpeciesDetailFacts; scenarioLabel?: string; width?: number }
): HTMLElement {
  const r = s.species.record;
  const { reasonsNow, reasonsLater, uses } = facts;
  const sources = [
    "Ecocrop",
    ...new Set(
      Object.values(r.useSources)
        .flatMap((x) => (x ?? "").split(/,\s*/))
        .filter((x) => x && x !== "Ecocrop")
    )
  ];
  if (r.nFixingStatus && !sources.includes("NodDB")) sources.push("NodDB");
  if (r.woodDensity !== null) sources.push("GWDD");
  if (r.wcups && !sources.includes("WCUPS")) sources.push("WCUPS");
  if (r.globunt) sources.push("GlobUNT");
  sources.push("WCVP");
  if (r.griis.invasive.length || r.griis.alien.length) sources.push("GRIIS");

  const criteriaRows = CRITERIA.map((c, i) => {
    const now = s.present.codes[i];
    const later = s.scenario.codes[i];
    return html`<tr>
      <th scope="row">${c.label}${c.limiting ? "" : html` <span class="muted">(caution)</span>`}</th>
      <td>${CodeBadge(now, { label: `${c.label} now` })} ${facts.criteria[i].now}</td>
      <td>${c.climatic ? html`${CodeBadge(later, { label: `${c.label} under ${scenarioLabel}` })} ${facts.criteria[i].later}` : html`<span class="muted">same as now</span>`}</td>
    </tr>`;
  });

  return html`<section class="sp-detail card" data-testid="species-detail" aria-label=${`Details of ${r.name}`}>
    <h3><em>${r.name}</em> <span class="muted">${r.author ?? ""}</span></h3>
    <table class="sp-facts"><tbody>
      ${fact("Family", r.family ?? "not recorded")}
      ${fact("Growth form", r.growthForm)}
      ${r.commonNames.length ? fact("Common names", r.commonNames.join(", ")) : ""}
      ${r.synonyms.length ? fact("Synonyms", html`<em>${r.synonyms.join(", ")}</em>`) : ""}
      ${fact("Now", html`${ClassLabel(s.present.cls)}${reasonsNow.length ? ` — ${reasonsNow.join("; ")}` : ""}`)}
      ${fact(`Under ${scenarioLabel}`, html`${ClassLabel(s.scenario.cls)}${reasonsLater.length ? ` — ${reasonsLater.join("; ")}` : ""} (${CHANGE_LABEL[s.change]})`)}
      ${s.bonuses.length ? fact("On this substrate", `raised: ${s.bonuses.join("; ")}`) : ""}
      ${fact("Native here", html`<span data-testid="detail-native">${facts.native.status}</span>${facts.native.wcvpName ? ` (WCVP ${facts.native.wcvpName}, matched by ${facts.native.via})` : ""}`)}
      ${fact("Invasion risk", facts.risk.length ? `⚠ ${facts.risk.join("; ")}` : "none recorded (GRIIS, IUCN 100 worst, Ecocrop)")}
      ${fact("Planting mix", facts.mix)}
      ${r.abioticSusceptibility.length ? fact("Susceptible to", `${r.abioticSusceptibility.join(", ")} (Ecocrop)`) : ""}
      ${r.abioticTolerance.length ? fact("Tolerates", `${r.abioticTolerance.join(", ")} (Ecocrop)`) : ""}
    </tbody></table>
    <h4>Ranges against the site</h4>
    ${SpeciesRangeChart(s.species, { site, temperature: facts.temperature, width: Math.min(width, 720), scenarioLabel })}
    <h4>Every criterion</h4>
    <div class="sp-table-scroll"><table class="sp-criteria">
      <thead><tr><th scope="col">Criterion</th><th scope="col">Now</th><th scope="col">Under ${scenarioLabel}</th></tr></thead>
      <tbody>${criteriaRows}</tbody>
    </table></div>
    <h4>Uses</h4>
    ${
      uses.length
        ? html`<ul>${uses.map((u) => html`<li>${u.label}${u.source ? html` <span class="muted">(${u.source})</span>` : ""}</li>`)}</ul>`
        : html`<p class="muted">No use recorded in the bundled sources.</p>`
    }
    <table class="sp-facts"><tbody>
      ${fact("N fixation", r.nFixingStatus ? `${r.nFixingStatus} (NodDB, genus ${r.genus})${r.nFixer ? ": a fixer" : ": not a fixer"}` : "genus not in NodDB: unknown")}
      ${fact("Wood density", r.woodDensity === null ? "not recorded" : `${r.woodDensity.toFixed(3)} g/cm³ (GWDD, ${r.woodDensityLevel} mean)`)}
      ${fact("GlobUNT", r.globunt ? "listed as a useful tree species" : "not listed")}
    </tbody></table>
    <h4>Where it is native</h4>
    ${
      facts.native.wcvpName === null
        ? html`<p class="muted">Its names are not in WCVP: native range unknown (never assumed native).</p>`
        : html`<p data-testid="detail-native-areas"><strong>Native</strong> (WCVP, level-3 areas): ${facts.native.nativeAreas.join(", ") || "none recorded"}.</p>
          ${facts.native.introducedAreas.length ? html`<p class="small"><strong>Introduced</strong> in ${facts.native.introducedAreas.length} areas: ${facts.native.introducedAreas.join(", ")}.</p>` : ""}`
    }
    <h4>Data sources</h4>
    <ul class="small">${sources.filter((x) => SOURCES[x]).map((x) => html`<li>${SOURCES[x]}${x === "Ecocrop" ? ` — EcoPortCode ${r.id}` : ""}</li>`)}</ul>
  </section>` as HTMLElement;
}
