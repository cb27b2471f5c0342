/**
 * Sowing calendar, worked backwards from the planting window by hand (calendar arithmetic written out).
 * Example species: Acacia mangium, 2 + 12 + 4 = 18 weeks = 126 days from sowing (Hegde et al. 2013).
 */
import { describe, expect, it } from "vitest";
import {
  addDays,
  choosePlantingWindow,
  cropWeeks,
  daysBetween,
  defaultManualWindow,
  leadWeeks,
  nextWindow,
  parseDate,
  planCalendar,
  siteWindows,
  stagesBackFrom,
  windowFromPlantingMonths,
  windowIn,
  windowLabel,
  windowToSave,
  yearRoundWindow
} from "../../../src/lib/nursery/calendar.js";

const mangium = { id: 1, name: "Acacia mangium", weeks: { germinationWeeks: 2, prickingOutWeeks: 0, growthWeeks: 12, hardeningWeeks: 4 } };
const slow = { id: 2, name: "Slow tree", weeks: { germinationWeeks: 4, prickingOutWeeks: 1, growthWeeks: 30, hardeningWeeks: 4 } };
const november = { startMonth: 11, months: 3 };

describe("parseDate(iso)", () => {
  it("reads a calendar date as UTC midnight", () => expect(parseDate("2025-11-01")).toBe(Date.UTC(2025, 10, 1)));
  it("rejects a date that does not exist", () => expect(() => parseDate("2025-02-30")).toThrow(/does not exist/));
  it("rejects text that is not YYYY-MM-DD", () => expect(() => parseDate("1 Nov 2025")).toThrow(/not YYYY-MM-DD/));
});

describe("addDays(iso, days) and daysBetween(a, b)", () => {
  it("goes back 126 days from 1 Nov 2025 to 28 Jun 2025 (Oct 31 + Sep 30 + Aug 31 + Jul 31 = 123, + 3 days of June)", () =>
    expect(addDays("2025-11-01", -126)).toBe("2025-06-28"));
  it("crosses a leap day: 2024-02-28 + 2 days = 2024-03-01", () => expect(addDays("2024-02-28", 2)).toBe("2024-03-01"));
  it("counts 126 days from 28 Jun to 1 Nov 2025", () => expect(daysBetween("2025-06-28", "2025-11-01")).toBe(126));
});

describe("windowIn(window, year) and nextWindow(window, today)", () => {
  it("runs a 3-month window from 1 Nov 2025 to (not incl.) 1 Feb 2026", () =>
    expect(windowIn(november, 2025)).toEqual({ start: "2025-11-01", end: "2026-02-01" }));
  it("takes this year's window when it has not started", () => expect(nextWindow(november, "2025-03-01").start).toBe("2025-11-01"));
  it("takes next year's window once this year's has started", () => expect(nextWindow(november, "2025-11-15").start).toBe("2026-11-01"));
  it("rejects month 13", () => expect(() => windowIn({ startMonth: 13, months: 1 }, 2025)).toThrow(/start month/));
  it("rejects a zero-length window", () => expect(() => windowIn({ startMonth: 1, months: 0 }, 2025)).toThrow(/length/));
});

describe("stagesBackFrom(ready, weeks)", () => {
  it("lays germination, growth and hardening end to end, ending on the ready date", () => {
    const stages = stagesBackFrom("2025-11-01", mangium.weeks);
    // 28 Jun + 14 d = 12 Jul; + 84 d = 4 Oct; + 28 d = 1 Nov.
    expect(stages).toEqual([
      { stage: "germination", start: "2025-06-28", end: "2025-07-12", weeks: 2 },
      { stage: "growth", start: "2025-07-12", end: "2025-10-04", weeks: 12 },
      { stage: "hardening", start: "2025-10-04", end: "2025-11-01", weeks: 4 }
    ]);
  });
  it("includes a pricking-out week for seedbed-sown species", () => {
    expect(stagesBackFrom("2025-11-01", slow.weeks).map((s) => s.stage)).toEqual(["germination", "pricking out", "growth", "hardening"]);
    expect(leadWeeks(slow.weeks)).toBe(39);
  });
});

describe("planCalendar(species, window, today)", () => {
  it("sows Acacia mangium on 28 Jun 2025 to be ready when the window opens on 1 Nov 2025", () => {
    const [s] = planCalendar([mangium], november, "2025-03-01");
    expect(s).toMatchObject({ sow: "2025-06-28", ready: "2025-11-01", status: "on time", warning: null, windowEnd: "2026-02-01" });
  });
  it("plans late planting inside the window when sowing today is too late for its start", () => {
    // Sown 1 Sep 2025 + 126 days = 5 Jan 2026 (Sep 30 + Oct 31 + Nov 30 + Dec 31 = 122, + 4): before 1 Feb − 14 days.
    const [s] = planCalendar([mangium], november, "2025-09-01");
    expect(s).toMatchObject({ sow: "2025-09-01", ready: "2026-01-05", status: "late" });
    expect(s.warning).toMatch(/late in the window/);
  });
  it("moves a species to next year's window when it cannot be ready in this one, and says so", () => {
    // Slow tree: 39 weeks = 273 days. For 1 Nov 2025 it had to be sown on 1 Feb 2025; today is 1 Mar 2025;
    // sown today it is ready on 29 Nov, less than 14 days before the 1-month window closes on 1 Dec.
    // Next window 1 Nov 2026 − 273 days = 1 Feb 2026.
    const [s] = planCalendar([slow], { startMonth: 11, months: 1 }, "2025-03-01");
    expect(s).toMatchObject({ status: "next window", ready: "2026-11-01", sow: "2026-02-01" });
    expect(s.warning).toMatch(/cannot be ready for the planting window of 2025-11-01.*sown by 2025-02-01.*Next window: 2026-11-01/);
  });
  it("never schedules sowing before today", () => {
    for (const today of ["2025-01-01", "2025-06-30", "2025-10-31", "2025-12-31"]) {
      for (const s of planCalendar([mangium, slow], november, today)) expect(s.sow >= today, `${s.name} on ${today}`).toBe(true);
    }
  });
  it("rejects negative durations with the species name", () =>
    expect(() => planCalendar([{ ...mangium, weeks: { ...mangium.weeks, growthWeeks: -1 } }], november, "2025-01-01")).toThrow(
      /Acacia mangium: growthWeeks/
    ));
  it("rejects a bad today", () => expect(() => planCalendar([mangium], november, "today")).toThrow(/date/));
});

describe("windowFromPlantingMonths(months)", () => {
  it("turns planting months Nov–Jan (indices 10, 11, 0) into a 3-month window from November", () =>
    expect(windowFromPlantingMonths([10, 11, 0])).toEqual({ startMonth: 11, months: 3 }));
  it("gives no window without planting months", () => expect(windowFromPlantingMonths([])).toBeNull());
  it("rejects month index 12", () => expect(() => windowFromPlantingMonths([12])).toThrow(/0–11/));
});

describe("windowLabel(window)", () => {
  it("names the first and last month of a window that wraps past December", () =>
    expect(windowLabel(november)).toBe("November–January (3 months)"));
  it("names a one-month window", () => expect(windowLabel({ startMonth: 1, months: 1 })).toBe("January (1 month)"));
  it("calls a 12-month window every month", () => expect(windowLabel({ startMonth: 1, months: 12 })).toBe("every month"));
  it("rejects a bad window", () => expect(() => windowLabel({ startMonth: 0, months: 3 })).toThrow(/start month/));
});

describe("siteWindows(presentMonths, scenarioMonths)", () => {
  // Copperbelt (−12.80°, 28.21°): one wet season Nov–Mar, planting months Nov–Jan in both climates.
  it("gives the present window and notes that the scenario's is the same", () =>
    expect(siteWindows([10, 11, 0], [10, 11, 0])).toEqual({
      present: november,
      scenario: november,
      yearRound: false,
      scenarioDiffers: false
    }));
  it("reports a scenario window that starts later", () =>
    expect(siteWindows([10, 11, 0], [11, 0])).toEqual({
      present: november,
      scenario: { startMonth: 12, months: 2 },
      yearRound: false,
      scenarioDiffers: true
    }));
  it("reports a scenario that loses the rain-fed window", () => expect(siteWindows([0], []).scenarioDiffers).toBe(true));
  it("gives no window for an arid site (no planting months)", () =>
    expect(siteWindows([], [])).toEqual({ present: null, scenario: null, yearRound: false, scenarioDiffers: false }));
  it("marks a site where every month is wet as year-round", () => {
    const all = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    expect(siteWindows(all, all)).toMatchObject({ present: { startMonth: 1, months: 12 }, yearRound: true, scenarioDiffers: false });
  });
  it("rejects month index −1", () => expect(() => siteWindows([-1], [])).toThrow(/0–11/));
});

describe("yearRoundWindow(today, leads)", () => {
  // 15 Jan 2025 + 18 weeks (126 days) = 21 May 2025 (16 days of Jan + 28 + 31 + 30 = 105, + 21 of May); first of the next month: June.
  it("starts on the first of the month after the slowest species is ready", () =>
    expect(yearRoundWindow("2025-01-15", [18, 10])).toEqual({ startMonth: 6, months: 12 }));
  it("keeps the month when the ready date is its first day (2025-01-01 + 4 weeks + 3 days = 2025-02-01)", () =>
    expect(yearRoundWindow("2025-01-01", [31 / 7])).toEqual({ startMonth: 2, months: 12 }));
  it("wraps past December (1 Nov 2025 + 10 weeks = 10 Jan 2026 → February)", () =>
    expect(yearRoundWindow("2025-11-01", [10])).toEqual({ startMonth: 2, months: 12 }));
  it("lets planCalendar schedule every species on time", () => {
    const schedules = planCalendar(
      [mangium, slow],
      yearRoundWindow("2025-01-15", [leadWeeks(mangium.weeks), leadWeeks(slow.weeks)]),
      "2025-01-15"
    );
    // Slow tree: 39 weeks = 273 days from 15 Jan 2025 → 15 Oct 2025; window from 1 Nov 2025.
    expect(schedules.map((s) => [s.status, s.ready])).toEqual([
      ["on time", "2025-11-01"],
      ["on time", "2025-11-01"]
    ]);
  });
  it("rejects an empty mix", () => expect(() => yearRoundWindow("2025-01-15", [])).toThrow(/no species/));
  it("rejects a negative lead", () => expect(() => yearRoundWindow("2025-01-15", [-1])).toThrow(/0–260/));
});

describe("cropWeeks(params, sowingMethod, technology)", () => {
  const params = { germinationWeeks: 3, growthWeeks: 14, hardeningWeeks: 4 };
  it("adds a pricking-out week for seedbed-sown, containerised stock and the system's extra growth weeks", () => {
    // Seedbed → root trainers with 2 extra weeks: 3 + 1 + (14 + 2) + 4 = 24 weeks.
    const w = cropWeeks(params, "seedbed", { containerized: true, extraWeeks: 2 });
    expect(w).toEqual({ germinationWeeks: 3, prickingOutWeeks: 1, growthWeeks: 16, hardeningWeeks: 4 });
    expect(leadWeeks(w)).toBe(24);
  });
  it("has no pricking out for direct sowing or bare-root beds", () => {
    expect(cropWeeks(params, "direct", { containerized: true, extraWeeks: 0 }).prickingOutWeeks).toBe(0);
    expect(cropWeeks(params, "seedbed", { containerized: false, extraWeeks: 0 }).prickingOutWeeks).toBe(0);
  });
});

describe("choosePlantingWindow(source, site, manual, today, leads)", () => {
  const site = siteWindows([10, 11, 0], [10, 11, 0]);
  const wet = siteWindows([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  const manual = { startMonth: 3, months: 2 };
  it("takes the site's window by default and the hand-set one when asked or when the site has none", () => {
    expect(choosePlantingWindow("site", site, manual, "2026-01-15", [18])).toEqual({
      window: { startMonth: 11, months: 3 },
      from: "the site's climate"
    });
    expect(choosePlantingWindow("manual", site, manual, "2026-01-15", [18]).from).toBe("set by hand, overriding the site's");
    expect(choosePlantingWindow("site", null, manual, "2026-01-15", [18])).toEqual({ window: manual, from: "set by hand" });
  });
  it("plants a year-round wet site in the first month every species is ready", () => {
    // 2026-01-15 + 18 weeks = 2026-05-21 → from June.
    expect(choosePlantingWindow("site", wet, manual, "2026-01-15", [10, 18]).window).toEqual({ startMonth: 6, months: 12 });
  });
});

describe("windowToSave(source, chosen, site, saved)", () => {
  const site = siteWindows([10, 11, 0], [10, 11, 0]);
  it("keeps a hand-set window only when the user chose one", () => {
    expect(windowToSave("site", { startMonth: 1, months: 2 }, site, null)).toBeNull();
    expect(windowToSave("manual", { startMonth: 1, months: 2 }, site, null)).toEqual({ startMonth: 1, months: 2 });
    // No site window: the untouched November default is not a choice; a changed one is.
    expect(windowToSave("manual", defaultManualWindow(null), null, null)).toBeNull();
    expect(windowToSave("manual", { startMonth: 12, months: 3 }, null, null)).toEqual({ startMonth: 12, months: 3 });
  });
});
