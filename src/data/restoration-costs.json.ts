// data/restoration-costs.json: Project Drawdown ranges per solution and metric (RestorationCostRange[],
// src/lib/records.ts) with the licence notice: CC BY-NC-SA 4.0, non-commercial use only.
import { loadRestorationCosts } from "./_build/economics.js";
import { runLoader } from "./_build/write.js";
import { DRAWDOWN_LICENCE, summariseRestorationCosts } from "../lib/data/economics.js";

await runLoader("data/restoration-costs.json", () =>
  JSON.stringify({
    licence: DRAWDOWN_LICENCE,
    nonCommercial: true,
    attribution: "Project Drawdown, Drawdown solutions model data (github.com/ProjectDrawdown/solutions), CC BY-NC-SA 4.0: non-commercial use only, share-alike.",
    note: "Quartiles (R type 7) of the cited sources not flagged 'Exclude Data?'; values in US$2014 or t C/ha/yr. Drawdown's own model uses the mean ± 1 SD after discarding values beyond 3 SD.",
    ranges: summariseRestorationCosts(loadRestorationCosts())
  })
);
