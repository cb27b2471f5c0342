// data/economics-series.json: per ISO3 code, the last 12 yearly values of the World Bank lending rate
// (FR.INR.LEND, nominal %) and CPI inflation (%) of the same years, and US inflation since 2014, for the investment page's real discount rate
import { economicsSeriesJson } from "./_build/page-data.js";
import { runLoader } from "./_build/write.js";

await runLoader("data/economics-series.json", () => JSON.stringify(economicsSeriesJson()));
