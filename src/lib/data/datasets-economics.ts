/** Catalogue entries of the economics datasets: country economics, plantation removal factors, restoration costs. */

import { col, type DatasetInfo } from "./dataset-info.js";

export const ECONOMICS_DATASETS: DatasetInfo[] = [
  {
    name: "country-economics",
    title: "Country economics: GDP per capita, inflation, lending rate",
    description:
      "For each country (World Bank aggregates such as WLD or SSF left out): the latest GDP per capita (GDP in current US$ divided by population of the same year), consumer-price inflation and the nominal lending interest rate, each with its year. The lending-rate series is a 2017 download: its latest values are for 2016 or earlier.",
    sources: [
      {
        name: "World Bank World Development Indicators",
        files: [
          "economics/wb_gdp_current_usd.csv",
          "economics/wb_population.csv",
          "economics/wb_inflation_cpi.csv",
          "economics/wb_lending_rate_FR.INR.LEND_vintage2017.csv"
        ],
        licence: "CC BY 4.0 (World Bank); datasets/* packaging ODC-PDDL-1.0",
        citation: "World Bank, World Development Indicators: NY.GDP.MKTP.CD, SP.POP.TOTL, FP.CPI.TOTL.ZG, FR.INR.LEND."
      }
    ],
    licence: "CC BY 4.0",
    nonCommercial: false,
    shareAlike: false,
    compact: ["data/country-economics.json"],
    minRows: 200,
    maxRows: 230,
    columns: [
      col("iso3", "string", null, "ISO 3166-1 alpha-3 code (World Bank country code)"),
      col("country", "string", null, "World Bank country name"),
      col("gdpPerCapitaUsd", "number", "US$ (current) per person", "GDP / population, latest year with both"),
      col("gdpYear", "integer", null, "Year of the GDP per capita"),
      col("inflationPct", "number", "%/yr", "Consumer-price inflation (FP.CPI.TOTL.ZG), latest year"),
      col("inflationYear", "integer", null, "Year of the inflation value"),
      col("lendingRatePct", "number", "%/yr", "Nominal lending interest rate (FR.INR.LEND), latest year in the 2017 download"),
      col("lendingYear", "integer", null, "Year of the lending rate")
    ]
  },
  {
    name: "removal-factors",
    title: "Plantation carbon removal factors by country and species (SDPT v2 draft)",
    description:
      "Carbon removal factors of planted forests and tree crops (above- plus below-ground carbon, Mg C/ha/yr, with SD) by country and species or class, with the growth (MAI), wood density and carbon parameters they come from and the source of each. A 2023 working draft of WRI's Spatial Database of Planted Trees v2.",
    sources: [
      {
        name: "WRI Spatial Database of Planted Trees v2 (draft attributes sheet)",
        files: ["economics/sdpt_v2_plantation_removal_factors.csv"],
        licence: "no data licence stated (GPL-3.0 code repository): cite the source",
        citation:
          "Richter J., Goldman E., Harris N. et al. (2024) Spatial Database of Planted Trees (SDPT Version 2.0), WRI technical note; and the per-row sources."
      }
    ],
    licence: "no data licence stated; attribution required",
    nonCommercial: false,
    shareAlike: false,
    compact: ["data/removal-factors.json"],
    minRows: 800,
    maxRows: 900,
    columns: [
      col("id", "string", null, "SDPT final_id, e.g. AGO_1"),
      col("iso3", "string", null, "ISO 3166-1 alpha-3 country code"),
      col("country", "string", null, "Country name"),
      col("name", "string", null, "Species or class (SDPT simpleName, e.g. Oil palm, Wood fiber or timber)"),
      col("sciName", "string", null, "Scientific name, e.g. Elaeis guineensis, Jacaranda sp."),
      col("plantationType", "string", null, "Planted forest or Tree crops"),
      col("removalFactor", "number", "Mg C/ha/yr", "Carbon removal, above- plus below-ground"),
      col("removalFactorSd", "number", "Mg C/ha/yr", "Standard deviation of the removal factor"),
      col("source", "string", null, "Source of the removal factor (e.g. IPCC 2019 Refinement table)"),
      col("originalName", "string", null, "Plantation class as named in the national source"),
      col("removalFactorRegion", "string", null, "Region of the default the factor was taken from"),
      col("maiMean", "number", "m³/ha/yr", "Mean annual increment used"),
      col("woodDensity", "number", "kg/m³", "Wood density used"),
      col("agc", "number", "t C/ha/yr", "Above-ground carbon removal"),
      col("bgc", "number", "t C/ha/yr", "Below-ground carbon removal"),
      col("notes", "string", null, "SDPT notes on the removal factor")
    ]
  },
  {
    name: "restoration-costs",
    title: "Restoration costs, profit and sequestration by method (Project Drawdown) — non-commercial",
    description:
      "Project Drawdown's literature evidence for six land solutions (afforestation, bamboo, farmland restoration, multistrata agroforestry, silvopasture, tree intercropping; tropical forests has no usable row): one row per cited source with first cost (US$2014/ha), operating cost and net profit (US$2014/ha/yr) or sequestration (t C/ha/yr), the region, and Drawdown's 'Exclude Data?' flag. data/restoration-costs.json gives the ranges (quartiles) of the included rows. Licensed CC BY-NC-SA 4.0: non-commercial use only.",
    sources: [
      {
        name: "Project Drawdown solutions model data (VMA evidence tables)",
        files: ["economics/drawdown/ (25 files)"],
        licence: "CC BY-NC-SA 4.0: non-commercial, share-alike",
        citation: "Project Drawdown, Drawdown solutions model data (github.com/ProjectDrawdown/solutions), CC BY-NC-SA 4.0."
      }
    ],
    licence: "CC BY-NC-SA 4.0 (Project Drawdown): non-commercial, share-alike",
    nonCommercial: true,
    shareAlike: true,
    compact: ["data/restoration-costs.json"],
    minRows: 500,
    maxRows: 700,
    columns: [
      col("solution", "string", null, "Drawdown solution, e.g. afforestation, silvopasture"),
      col("metric", "string", null, "firstCost, operatingCost, netProfit or sequestration"),
      col("value", "number", "see unit", "Value in the metric's common unit (Drawdown's conversion, else the raw input)"),
      col("unit", "string", null, "US$2014/ha, US$2014/ha/yr or t C/ha/yr"),
      col("valueFrom", "string", null, "conversion, or raw when Drawdown gives no conversion (its model then uses the raw input as is)"),
      col(
        "statedUnit",
        "string",
        null,
        "Common units as written in the file, when they differ from unit (e.g. 'US$2014/ ha' in a per-year table)"
      ),
      col("excluded", "boolean", null, "Drawdown's 'Exclude Data?' flag: true rows are left out of the ranges"),
      col("source", "string", null, "Cited source (first part of Drawdown's SOURCE ID)"),
      col("region", "string", null, "World / Drawdown region"),
      col("location", "string", null, "Specific geographic location"),
      col("year", "integer", null, "Year of the source data"),
      col("rawValue", "number", "see originalUnits", "Raw data input"),
      col("originalUnits", "string", null, "Units of the raw input"),
      col("licence", "string", null, "CC BY-NC-SA 4.0 — non-commercial use only")
    ]
  }
];
