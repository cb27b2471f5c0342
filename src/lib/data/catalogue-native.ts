/**
 * Catalogue entries of the native-range datasets (WCVP, GRIIS, WGSRPD, GlobUNT × WCVP), kept apart from
 * catalogue.ts for size; catalogue.ts lists them with the others.
 */
import { col, type DatasetInfo, type SourceInfo } from "./dataset-info.js";
import { WCUPS_FLAGS } from "./species.js";

export const WCVP_SOURCE: SourceInfo = {
  name: "World Checklist of Vascular Plants (WCVP), distributions",
  files: ["species/wcvp_distributions.tsv.gz"],
  licence: "CC BY 4.0 (Kew)",
  citation:
    "Govaerts R. et al. (2021) The World Checklist of Vascular Plants, a continuously updated resource for exploring global plant diversity. Sci. Data 8: 215, doi:10.1038/s41597-021-00997-6; WCVP doi:10.34885/nswv-8994."
};

export const GRIIS_SOURCE: SourceInfo = {
  name: "Global Register of Introduced and Invasive Species (GRIIS), country checklists",
  files: ["species/griis_plantae.tsv.gz"],
  licence: "CC BY 4.0",
  citation:
    "Pagad S. et al. (2018) Introducing the Global Register of Introduced and Invasive Species. Sci. Data 5: 170202, doi:10.1038/sdata.2017.202; and the country checklist used."
};

export const WGSRPD_SOURCE: SourceInfo = {
  name: "WGSRPD level 3 (TDWG), via rWCVPdata",
  files: ["geo/wgsrpd_level3.geojson.gz"],
  licence: "TDWG standard, free with citation; carried by a GPL-3 package",
  citation: "Brummitt R.K. (2001) World Geographical Scheme for Recording Plant Distributions, 2nd ed., TDWG."
};

const SPECIES_KEY = [
  col("id", "integer", null, "Ecocrop EcoPortCode (joins the species dataset)"),
  col("name", "string", null, "Accepted name in the species dataset")
];

export const nativeDatasets: DatasetInfo[] = [
  {
    name: "native-ranges",
    title: "Native and introduced ranges of the woody species (WCVP, by botanical country)",
    description:
      "For each species of the species dataset whose accepted name or a synonym is a WCVP name: one row per WGSRPD level-3 area where WCVP records it, with the status there (native, introduced, extinct, doubtful). Species whose names are not in WCVP have no rows (their status is 'not in WCVP', never native). A level-3 area is coarse: native to it does not mean native at every site in it. Match coverage: 968 of the 1,202 woody taxa (80.5 %), 951 by the accepted name and 17 by a synonym; 964 with a native area.",
    sources: [WCVP_SOURCE, WGSRPD_SOURCE],
    licence: "CC BY 4.0 (WCVP)",
    nonCommercial: false,
    shareAlike: false,
    compact: ["data/species.json"],
    minRows: 15000,
    maxRows: 60000,
    columns: [
      ...SPECIES_KEY,
      col("wcvpName", "string", null, "WCVP taxon name matched"),
      col("matchedVia", "string", null, "accepted (the accepted name) or synonym (an Ecocrop synonym)"),
      col("area", "string", null, "WGSRPD level-3 code, e.g. BZN"),
      col("areaName", "string", null, "Level-3 area name, e.g. Brazil North"),
      col("status", "string", null, "native, introduced, extinct (recorded but extinct there) or doubtful (location doubtful)")
    ]
  },
  {
    name: "invasive-status",
    title: "Introduced and invasive status of the woody species by country (GRIIS)",
    description:
      "For each species of the species dataset listed in a GRIIS country checklist (matched on the accepted name, the WCVP name or a synonym, authors removed): one row per country, with status invasive (flagged invasive in that checklist: 'Invasive', 'Yes', 'TRUE' and variants) or alien (listed as introduced, not flagged or not yet evaluated). Checklists of a part of a country (e.g. Galápagos) count for the country. Absent and eradicated records are left out. Coverage: 665 of the 1,202 woody taxa are listed in at least one of 224 countries, 325 flagged invasive in at least one.",
    sources: [GRIIS_SOURCE],
    licence: "CC BY 4.0",
    nonCommercial: false,
    shareAlike: false,
    compact: ["data/species.json"],
    minRows: 4000,
    maxRows: 20000,
    columns: [
      ...SPECIES_KEY,
      col("iso3", "string", null, "Country, ISO 3166-1 alpha-3 (as the country boundaries)"),
      col("country", "string", null, "Country name"),
      col("status", "string", null, "invasive or alien")
    ]
  },
  {
    name: "botanical-areas",
    title: "Botanical countries (WGSRPD level 3), simplified outlines",
    description:
      "The 369 level-3 units of the World Geographical Scheme for Recording Plant Distributions, in which WCVP records native ranges, with their level-2 region and level-1 continent codes and bounding boxes. The geometry column and data/botanical-areas.json carry outlines simplified for the browser (0.05°, 0.12° beyond 60° of latitude); build-time lookups (case studies) use the full outlines.",
    sources: [WGSRPD_SOURCE],
    licence: "TDWG standard, citation required",
    nonCommercial: false,
    shareAlike: false,
    compact: ["data/botanical-areas.json"],
    minRows: 360,
    maxRows: 380,
    columns: [
      col("code", "string", null, "Level-3 code, e.g. BZN"),
      col("name", "string", null, "Level-3 name, e.g. Brazil North"),
      col("level2", "integer", null, "Level-2 region code"),
      col("level1", "integer", null, "Level-1 continent code"),
      col("minLon", "number", "°", "Bounding box, west"),
      col("minLat", "number", "°", "Bounding box, south"),
      col("maxLon", "number", "°", "Bounding box, east"),
      col("maxLat", "number", "°", "Bounding box, north"),
      col("geometry", "string", null, "Simplified MultiPolygon rings as GeoJSON text (WGS84 lon/lat; rings as stored, even–odd)")
    ]
  },
  {
    name: "native-trees",
    title: "Useful trees with their native areas (GlobUNT × WCVP × WCUPS)",
    description:
      "The 14,014 useful tree species of GlobalUsefulNativeTrees 2023.01 with the WGSRPD level-3 areas where WCVP records each as native (matched by its WCUPS name, then its accepted and listed names) and its WCUPS use categories. Most have no climate ranges in Ecocrop: they are listed on /species for the site's area, not scored. Match coverage: 13,443 of 14,014 match a WCVP name (13,436 with a native area), 12,715 have WCUPS uses, 854 are in the species dataset.",
    sources: [
      {
        name: "GlobalUsefulNativeTrees 2023.01",
        files: ["species/GlobUNT_Species_2023.txt"],
        licence: "CC BY 4.0",
        citation: "Kindt R. et al. (2023) Sci. Rep. 13: 12640; data doi:10.5281/zenodo.7994433."
      },
      WCVP_SOURCE,
      {
        name: "World Checklist of Useful Plant Species (WCUPS)",
        files: ["species/utilised_plants_species_list.csv"],
        licence: "CC BY 4.0",
        citation: "Diazgranados M. et al. (2020) World Checklist of Useful Plant Species, KNB, doi:10.5063/F1CV4G34."
      }
    ],
    licence: "CC BY 4.0",
    nonCommercial: false,
    shareAlike: false,
    compact: ["data/native-trees.json"],
    minRows: 14000,
    maxRows: 14100,
    columns: [
      col("seq", "integer", null, "GlobUNT SEQ"),
      col("name", "string", null, "GlobUNT accepted name (WFO)"),
      col("family", "string", null, "Family"),
      col("wcvpName", "string", null, "WCVP name matched; empty = not in WCVP"),
      col("nativeAreas", "string", null, "WGSRPD level-3 codes where WCVP records it native, '; '-separated"),
      col("nNativeAreas", "integer", null, "Number of native level-3 areas"),
      ...WCUPS_FLAGS.map((f) => col(`wcups_${f}`, "boolean", null, `WCUPS use category ${f}; empty = not in WCUPS`)),
      col("ecocropId", "integer", null, "EcoPortCode of the same taxon in the species dataset, if any")
    ]
  }
];
