import { describe, expect, it } from "vitest";
import { buildSoilSites, compactSoilSites, decodeSoilSites, MEHLICH3, TXRF_METALS } from "../../../src/lib/data/soil.js";

// 12 AfSIS samples: As is 0.3 in 11 (a fill at the bottom of the distribution), Cu varies.
const ssn = Array.from({ length: 12 }, (_, i) => `icr${String(i).padStart(6, "0")}`);
const txrf = [
  `SSN,Public,${TXRF_METALS.join(",")}`,
  ...ssn.map((s, i) => `${s},True,${TXRF_METALS.map((m) => (m === "As" ? (i === 0 ? 2.5 : 0.3) : m === "Cu" ? 5 + i : 10 + i)).join(",")}`)
].join("\n");
const wet = [
  `SSN,Public,EC,PH,${MEHLICH3.map((e) => `M3 ${e}`).join(",")}`,
  ...ssn.map((s, i) => `${s},True,0.05,${i === 1 ? 12.5 : 5.5},${MEHLICH3.map((e) => (e === "B" && i === 2 ? -0.04 : 100 + i)).join(",")}`)
].join("\n");
const geo = [
  "SSN,Public,Latitude,Longitude,Cluster,Plot,Depth,Country",
  ...ssn.map((s, i) => `${s},True,-6.85,34.24,16,${i},${i % 2 ? "sub" : "top"},Tanzania`)
].join("\n");
const afspSites = 'SOURCEID,SOURCEDB,LONWGS84,LATWGS84\n"P1","AfSPDB",36.09,-6.93\n"P2","AfSPDB",36.1,-6.9\n"P3","AfSPDB",,\n';
const afspHorizons =
  "SOURCEID,UHDICM,LHDICM,MCOMNS,ORCDRC,PHIHOX,SNDPPT,SLTPPT,CLYPPT,CRFVOL,BLD,CEC,NTO,EMGX\n" +
  "P1,0,10,,20,5,60,20,20,,1.3,10,1.5,\nP1,10,40,,8,6,40,30,30,,1.5,8,0.6,\nP2,40,80,,5,6.5,,,,,,,,\n";
const isisSites = "SOURCEID,LONWGS84,LATWGS84\nZW9,31.13,-17.61\n";
const isisHorizons = "SOURCEID,UHDICM,LHDICM,CRFVOL,PHIHOX,PHIKCL,ORCDRC,SNDPPT,SLTPPT,CLYPPT,CEC,BLD\nZW9,0,30,,5.4,,7.8,70,10,50,4.4,\n";

describe("buildSoilSites(inputs)", () => {
  const { sites, coverage } = buildSoilSites({
    afsisTxrf: txrf,
    afsisWetChemistry: wet,
    afsisGeoreferences: geo,
    afspSites,
    afspHorizons,
    isisSites,
    isisHorizons
  });
  const site = (id: string) => sites.find((s) => s.id === id)!;

  it("aggregates a profile to 0–30 cm by horizon overlap (pH (5·10 + 6·20) / 30 = 5.67; SOC (20·10 + 8·20) / 30 = 12)", () => {
    expect(site("AfSP:P1")).toMatchObject({
      ph: 5.67,
      soc: 12,
      sand: 46.7,
      clay: 26.7,
      bulkDensity: 1.433,
      totalN: 0.9,
      depthTop: 0,
      depthBottom: 30,
      coveredCm: 30
    });
  });
  it("leaves out profiles without topsoil values or coordinates, and counts them", () => {
    expect(sites.some((s) => s.id === "AfSP:P2" || s.id === "AfSP:P3")).toBe(false);
    expect(coverage.afsp).toEqual({ sites: 3, noCoordinates: 1, noTopsoilValue: 1, kept: 1 });
  });
  it("nulls the three fractions when they do not add up to about 100 % (ISIS ZW9: 130 %)", () => {
    expect(site("ISIS:ZW9")).toMatchObject({ sand: null, silt: null, clay: null, ph: 5.4 });
    expect(coverage.outOfRange.texture).toBe(1);
  });
  it("marks AfSIS values at the detected fill as censored and keeps measured ones", () => {
    expect(coverage.fills.As).toMatchObject({ value: 0.3, count: 11 });
    expect(coverage.fills.Cu).toBeNull();
    expect(site(`AfSIS:${ssn[3]}`)).toMatchObject({ depthTop: 20, depthBottom: 50, censored: ["As"] });
    expect(site(`AfSIS:${ssn[3]}`).metals!.As).toBe(0.3);
    expect(site(`AfSIS:${ssn[0]}`).censored).toEqual([]);
  });
  it("nulls an impossible pH and a negative Mehlich-3 value", () => {
    expect(site(`AfSIS:${ssn[1]}`).ph).toBeNull();
    expect(site(`AfSIS:${ssn[2]}`).mehlich3!.B).toBeUndefined();
    expect(coverage.outOfRange).toMatchObject({ ph: 1, "M3 B": 1 });
  });
  it("round-trips through the compact form", () => {
    expect(
      decodeSoilSites(JSON.parse(JSON.stringify(compactSoilSites(sites)))).map((s) => [s.id, s.censored, s.metals?.As ?? null])
    ).toEqual(sites.map((s) => [s.id, s.censored, s.metals?.As ?? null]));
  });
  it("throws, naming the file, on an unknown AfSIS depth", () => {
    expect(() =>
      buildSoilSites({
        afsisTxrf: txrf,
        afsisWetChemistry: wet,
        afsisGeoreferences: geo.replace(",top,", ",deep,"),
        afspSites,
        afspHorizons,
        isisSites,
        isisHorizons
      })
    ).toThrow(/afsis_georeferences\.csv: sample icr000000 has depth "deep"/);
  });
});
