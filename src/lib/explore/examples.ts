/** Example queries over the site datasets, and the SQL table name of a dataset. */

export interface ExampleQuery {
  id: string;
  title: string;
  /** Tables the query reads (the example is offered only when they all exist). */
  tables: string[];
  sql: string;
}

/**
 * Example queries over the site datasets (table names from tableName(); columns as in src/lib/datasets.ts).
 * test/lib/sql-explorer.test.ts checks that each names existing tables and columns.
 */
export const EXAMPLE_QUERIES: ExampleQuery[] = [
  {
    id: "n-fixers-acid",
    title: "Nitrogen-fixing trees and shrubs that tolerate acid soil (pH below 5)",
    tables: ["species"],
    sql: `SELECT name, family, growthForm, phAbsMin, phOptMin, rainAbsMin, woodDensity
FROM species
WHERE use_nFixation AND phAbsMin < 5
ORDER BY phAbsMin, name`
  },
  {
    id: "mines-per-country",
    title: "Mines per country (top 25), with their mining land area",
    tables: ["mines", "mining_area"],
    sql: `SELECT m.country_name AS country, m.mines, m.open_pit, a.areaKm2 AS mining_area_km2
FROM (
  SELECT iso3, any_value(country) AS country_name, count(*) AS mines, count(*) FILTER (WHERE openPit) AS open_pit
  FROM mines
  WHERE iso3 IS NOT NULL
  GROUP BY iso3
) AS m
LEFT JOIN mining_area AS a USING (iso3)
ORDER BY m.mines DESC
LIMIT 25`
  },
  {
    id: "open-pit-copper",
    title: "Open-pit copper mines with a stripping ratio (waste rock per tonne of ore)",
    tables: ["mines"],
    sql: `SELECT name, country, strippingRatio AS stripping_ratio_t_per_t, commodities, lat, lon
FROM mines
WHERE openPit AND commodities ILIKE '%copper%' AND strippingRatio IS NOT NULL
ORDER BY stripping_ratio_t_per_t DESC`
  },
  {
    id: "removal-factors-by-species",
    title: "Plantation carbon removal by species or class: median over countries (top 20)",
    tables: ["removal_factors"],
    sql: `SELECT name, median(removalFactor) AS removal_mg_c_per_ha_yr, count(DISTINCT iso3) AS countries
FROM removal_factors
WHERE removalFactor IS NOT NULL
GROUP BY name
HAVING countries >= 3
ORDER BY removal_mg_c_per_ha_yr DESC
LIMIT 20`
  },
  {
    id: "gdp-lending",
    title: "GDP per capita against the lending interest rate, by country (latest years)",
    tables: ["country_economics"],
    sql: `SELECT gdpPerCapitaUsd AS gdp_per_capita_usd, lendingRatePct AS lending_rate_pct_per_yr, country, gdpYear, lendingYear
FROM country_economics
WHERE gdpPerCapitaUsd IS NOT NULL AND lendingRatePct IS NOT NULL`
  },
  {
    id: "species-per-family",
    title: "Woody species per family (top 20)",
    tables: ["species"],
    sql: `SELECT family, count(*) AS species
FROM species
WHERE family IS NOT NULL
GROUP BY family
ORDER BY species DESC, family
LIMIT 20`
  },
  {
    id: "species-temperature-rain",
    title: "Optimal temperature against optimal rainfall, per species (midpoints)",
    tables: ["species"],
    sql: `SELECT name,
  (tempOptMin + tempOptMax) / 2 AS temp_opt_mid_c,
  (rainOptMin + rainOptMax) / 2 AS rain_opt_mid_mm
FROM species
WHERE tempOptMin IS NOT NULL AND rainOptMin IS NOT NULL`
  },
  {
    id: "stations-copperbelt",
    title: "Climate stations in a bounding box: the Zambian Copperbelt (11–14° S, 25–30° E), by rainfall",
    tables: ["climate_stations"],
    sql: `SELECT name, precAnnual AS rain_mm_per_yr, tMean AS t_mean_c, elevation AS elevation_m, lat, lon
FROM climate_stations
WHERE lat BETWEEN -14 AND -11 AND lon BETWEEN 25 AND 30
ORDER BY rain_mm_per_yr DESC`
  },
  {
    id: "monthly-rain-kansanshi",
    title: "Monthly rainfall near Kansanshi mine, Zambia (mean of stations within 1°)",
    tables: ["climate_stations"],
    sql: `WITH nearby AS (
  SELECT p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12
  FROM climate_stations
  WHERE lat BETWEEN -13.1 AND -11.1 AND lon BETWEEN 25.4 AND 27.4
)
SELECT CAST(substr(col, 2) AS INTEGER) AS month, avg(rain) AS rain_mm, count(rain) AS stations
FROM (UNPIVOT nearby ON p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12 INTO NAME col VALUE rain)
GROUP BY month
ORDER BY month`
  },
  {
    id: "koppen-classes",
    title: "Köppen–Geiger climate classes by number of 0.5° land cells",
    tables: ["koppen"],
    sql: `SELECT koppen, any_value(koppenName) AS class_name, count(*) AS cells
FROM koppen
GROUP BY koppen
ORDER BY cells DESC`
  },
  {
    id: "acid-soils",
    title: "Topsoil pH against organic carbon at soil sites (AfSIS, AfSP, ISIS)",
    tables: ["soil_sites"],
    sql: `SELECT ph, soc AS soc_g_per_kg, source, id
FROM soil_sites
WHERE ph IS NOT NULL AND soc IS NOT NULL`
  },
  {
    id: "warming-esaf",
    title: "Projected annual warming in East Southern Africa by period and scenario (CMIP6 median)",
    tables: ["climate_change"],
    sql: `SELECT scenario || ' ' || period AS scenario_period, median AS warming_c, p10 AS p10_c, p90 AS p90_c
FROM climate_change
WHERE region = 'ESAF' AND month = 0
ORDER BY scenario, period`
  }
];

/** The examples whose tables all exist, in the order of EXAMPLE_QUERIES. */
export function availableExamples(tables: Iterable<string>, examples: readonly ExampleQuery[] = EXAMPLE_QUERIES): ExampleQuery[] {
  const have = new Set(tables);
  return examples.filter((e) => e.tables.every((t) => have.has(t)));
}

/** The SQL table name of a dataset: its file name with "-" → "_" ("climate-stations" → climate_stations). */
export function tableName(dataset: string): string {
  const name = dataset
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  if (!/^[a-z]/.test(name)) throw new Error(`"${dataset}" does not make a SQL table name (it must start with a letter).`);
  return name;
}
