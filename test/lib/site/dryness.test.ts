/**
 * Dryness and the planting window, worked by hand. Monthly normals: Sudbury airport, Ontario (46.6 N; ECCC
 * Canadian Climate Normals 1981–2010, rounded) and Dalanzadgad, Gobi (43.6 N; WMO normals, rounded).
 */
import { describe, expect, it } from "vitest";
import { aridityClass, dayLengthHours, dryness, thornthwaitePet } from "../../../src/lib/site/dryness.js";
import { plantingSeasons } from "../../../src/lib/site/seasons.js";

const sudburyT = [-13.4, -11.2, -5.3, 3.3, 10.8, 16.1, 19.1, 17.7, 12.4, 5.6, -1.6, -9.2];
const sudburyP = [64, 50, 60, 66, 83, 86, 77, 85, 96, 88, 86, 69];
const gobiT = [-14.8, -10.8, -2.6, 6.2, 13.5, 18.9, 21.0, 19.2, 12.8, 4.6, -5.1, -12.7];
const gobiP = [1, 1, 2, 5, 10, 20, 40, 35, 10, 4, 2, 1];

describe("dayLengthHours(lat, day)", () => {
  it("gives 12 h at the equator, long summer and short winter days at 60° N, and polar day", () => {
    expect(dayLengthHours(0, 172)).toBeCloseTo(12, 9);
    expect(dayLengthHours(60, 172)).toBeGreaterThan(18);
    expect(dayLengthHours(60, 355)).toBeLessThan(6);
    expect(dayLengthHours(75, 172)).toBe(24);
  });
});

describe("thornthwaitePet(temperature, lat)", () => {
  it("works through a uniform 20 °C equatorial year by hand", () => {
    // I = 12 × (20/5)^1.514 = 97.8814; a = 6.75e-7·I³ − 7.71e-5·I² + 1.792e-2·I + 0.49239 = 2.14075;
    // unadjusted PET = 16 × (200 / I)^a = 73.868 mm per 30-day month of 12-h days; at the equator N = 12 h,
    // so each month is 73.868 × days/30 and the year 73.868 × 365/30 = 898.73 mm.
    const pet = thornthwaitePet(Array(12).fill(20), 0);
    expect(pet[0]).toBeCloseTo((73.86829548795 * 31) / 30, 3);
    expect(pet.reduce((s, x) => s + x, 0)).toBeCloseTo(898.7309, 2);
  });
  it("gives no PET in months at or below 0 °C and none at all in a year without warm months", () => {
    const pet = thornthwaitePet(sudburyT, 46.6);
    expect(pet[0]).toBe(0);
    expect(pet[6]).toBeGreaterThan(100);
    expect(thornthwaitePet(Array(12).fill(-5), 70)).toEqual(Array(12).fill(0));
  });
});

describe("aridityClass(index) and dryness(t, p, lat)", () => {
  it("uses UNEP's bounds", () => {
    expect([0.01, 0.1, 0.3, 0.6, 0.9].map(aridityClass)).toEqual(["hyper-arid", "arid", "semi-arid", "dry sub-humid", "humid"]);
  });
  it("calls Sudbury humid (≈ 910 mm over ≈ 534 mm PET)", () => {
    const d = dryness(sudburyT, sudburyP, 46.5);
    expect(d.petMm).toBeCloseTo(533.94, 1);
    expect(d.aridityClass).toBe("humid");
  });
});

describe("plantingSeasons(temperature, precipitation, lat, koppen)", () => {
  it("opens a boreal window with the growing season: Sudbury plants in May–Jun", () => {
    // Months ≥ 5 °C: May–Oct (6). Leave two growing months after planting: May–Aug are candidates; May
    // (83 mm > 2 × 10.8) and Jun are wet; the window is the first two: May, Jun.
    const s = plantingSeasons(sudburyT, sudburyP, 46.5, "Dfb");
    expect(s.kind).toBe("growing-season");
    expect(s.seasons[0].months).toEqual([4, 5, 6, 7, 8, 9]);
    expect(s.plantingMonths).toEqual([4, 5]);
    expect(s.description).toMatch(/Plant after snowmelt and soil thaw, in May–Jun/);
  });
  it("has no rain-fed window in a cold desert, although Thornthwaite's PET calls it semi-arid", () => {
    // PET ≈ 568 mm for 131 mm of rain: aridity index 0.23 (Thornthwaite underestimates cold-desert PET);
    // Köppen BWk rules out snowmelt moisture, and May (10 mm < 27) and Jun (20 < 37.8) are dry.
    const s = plantingSeasons(gobiT, gobiP, 43, "BWk");
    expect(s.dryness.aridityIndex).toBeCloseTo(0.2305, 3);
    expect(s.kind).toBe("none");
    expect(s.plantingMonths).toEqual([]);
    expect(s.description).toMatch(/cold desert \(Köppen BWk\).*irrigation or water harvesting/);
  });
  it("finds no window where the growing season is too short or absent", () => {
    expect(plantingSeasons(Array(12).fill(-2), Array(12).fill(30), 70).description).toMatch(/too cold/);
    const short = [-20, -18, -12, -6, 0, 6, 9, -1, -6, -12, -16, -19];
    expect(plantingSeasons(short, Array(12).fill(30), 68).description).toMatch(/only 2 months/);
  });
  it("follows the rains where no month is cold (the Copperbelt: Nov–Jan)", () => {
    const t = [22, 22, 22, 21, 19, 17, 17, 19, 22, 24, 24, 22];
    const p = [250, 220, 180, 40, 5, 0, 0, 0, 2, 20, 120, 260];
    const s = plantingSeasons(t, p, -12.8, "Cwa");
    expect(s.kind).toBe("single");
    expect(s.plantingMonths).toEqual([10, 11, 0]);
  });
});
