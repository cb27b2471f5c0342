// data/economics-series.json: per ISO3 code, the last 12 yearly values of the World Bank lending rate
// (FR.INR.LEND, nominal %) and CPI inflation (%) of the same years, and US inflation since 2014, for the investment page's real discount rate
// (src/lib/economics-series.ts; docs/investment-model.md). About 130 kB (20 kB gzipped).
import { economicsSeries, parseLongSeries, parseWideSeries } from "../lib/economics-series.js";
import { readRawText } from "./_build/raw.js";
import { runLoader } from "./_build/write.js";

await runLoader("data/economics-series.json", () => {
  const lendingFile = "economics/wb_lending_rate_FR.INR.LEND_vintage2017.csv";
  const inflationFile = "economics/wb_inflation_cpi.csv";
  const series = economicsSeries(parseWideSeries(readRawText(lendingFile), lendingFile), parseLongSeries(readRawText(inflationFile), inflationFile, "Inflation"));
  const withBoth = Object.values(series.countries).filter((s) => s.inflationPct.length).length;
  if (withBoth < 100) throw new Error(`only ${withBoth} countries have both a lending rate and inflation`);
  if (series.usInflationPct.length < 5) throw new Error("no US inflation since 2014 (needed to convert Drawdown's US$2014)");
  console.warn(`economics-series: ${Object.keys(series.countries).length} countries with a lending rate, ${withBoth} also with inflation`);
  return JSON.stringify(series);
});
