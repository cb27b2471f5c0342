/**
 * Sowing calendar: from the site's planting window back to the sowing date of each species, through the
 * crop phases of the Tropical Nursery Manual (ch. 4, Crop planning): germination (establishment),
 * pricking out (seedbed-sown species only), growth to target size (rapid growth) and hardening.
 *
 * Pure: "today" is a parameter (an ISO date), never read from the clock. Dates are calendar dates in
 * UTC, written as "YYYY-MM-DD".
 */

/** The planting window: the rainy-season months when seedlings go out (from the site assessment). */
export interface PlantingWindow {
  /** First month of the window, 1 = January. */
  startMonth: number;
  /** Length of the window, months (≥ 1). */
  months: number;
}

export type StageName = "germination" | "pricking out" | "growth" | "hardening";

export interface Stage {
  stage: StageName;
  /** First day of the stage. */
  start: string;
  /** Day after the stage ends (= next stage's start). */
  end: string;
  weeks: number;
}

/** Durations of one species' crop phases, weeks. */
export interface CropWeeks {
  germinationWeeks: number;
  /** 1 week when seedlings are pricked out from a seedbed, else 0. */
  prickingOutWeeks: number;
  growthWeeks: number;
  hardeningWeeks: number;
}

export interface SpeciesSchedule {
  id: number;
  name: string;
  /** Sowing date. */
  sow: string;
  /** Date the seedlings are ready (hardened) and go out: in the planting window. */
  ready: string;
  /** Start and end (exclusive) of the planting window the schedule targets. */
  windowStart: string;
  windowEnd: string;
  stages: Stage[];
  /** "on time": ready at the window's start; "late": ready within the window but after its start; "next window": a year later. */
  status: "on time" | "late" | "next window";
  /** Plain-text warning when the species cannot be ready at the start of the nearest window. */
  warning: string | null;
}

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses "YYYY-MM-DD" to a UTC time value. @throws RangeError for anything else or an impossible date. */
export function parseDate(iso: string): number {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new RangeError(`date: "${String(iso).slice(0, 20)}" is not YYYY-MM-DD`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d)
    throw new RangeError(`date: ${iso} does not exist`);
  return t;
}

export function formatDate(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

/** `iso` plus `days` days (negative to go back). */
export function addDays(iso: string, days: number): string {
  return formatDate(parseDate(iso) + Math.round(days) * DAY_MS);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((parseDate(b) - parseDate(a)) / DAY_MS);
}

function checkWindow(window: PlantingWindow): void {
  if (!Number.isInteger(window.startMonth) || window.startMonth < 1 || window.startMonth > 12)
    throw new RangeError(`planting window: start month ${window.startMonth} is not 1–12`);
  if (!Number.isInteger(window.months) || window.months < 1 || window.months > 12)
    throw new RangeError(`planting window: length ${window.months} is not 1–12 months`);
}

/** Start (first day) and end (first day after) of the window that starts in `year`. */
export function windowIn(window: PlantingWindow, year: number): { start: string; end: string } {
  checkWindow(window);
  return {
    start: formatDate(Date.UTC(year, window.startMonth - 1, 1)),
    end: formatDate(Date.UTC(year, window.startMonth - 1 + window.months, 1))
  };
}

/** The first planting window that starts on or after `today`. */
export function nextWindow(window: PlantingWindow, today: string): { start: string; end: string } {
  const year = new Date(parseDate(today)).getUTCFullYear();
  const thisYear = windowIn(window, year);
  return thisYear.start >= today ? thisYear : windowIn(window, year + 1);
}

/** Total weeks from sowing to ready. */
/**
 * The weeks a species spends in each stage, by the one rule the plan (its care labour) and the calendar
 * (its sowing dates) share: seeds sown in a seedbed for containerised stock spend a week being pricked out
 * into the containers; a production system's extra weeks (e.g. air-pruning) are growth weeks
 * (docs/nursery-planning.md, "Sowing calendar").
 */
export function cropWeeks(
  params: { germinationWeeks: number; growthWeeks: number; hardeningWeeks: number },
  sowingMethod: "direct" | "seedbed",
  technology: { containerized: boolean; extraWeeks: number }
): CropWeeks {
  return {
    germinationWeeks: params.germinationWeeks,
    prickingOutWeeks: sowingMethod === "seedbed" && technology.containerized ? PRICKING_OUT_WEEKS : 0,
    growthWeeks: params.growthWeeks + technology.extraWeeks,
    hardeningWeeks: params.hardeningWeeks
  };
}

/** Weeks to prick germinants out of a seedbed into containers (assumption: docs/nursery-planning.md). */
export const PRICKING_OUT_WEEKS = 1;

/** Weeks from sowing to dispatch: the sum of the stages. */
export function leadWeeks(w: CropWeeks): number {
  return w.germinationWeeks + w.prickingOutWeeks + w.growthWeeks + w.hardeningWeeks;
}

function checkWeeks(name: string, w: CropWeeks): void {
  for (const [key, value] of Object.entries(w)) {
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || value > 260)
      throw new RangeError(`${name}: ${key} ${value} is not 0–260 weeks`);
  }
}

/** The stages of a crop that is ready on `ready`, worked backwards. */
export function stagesBackFrom(ready: string, w: CropWeeks): Stage[] {
  const parts: [StageName, number][] = [
    ["germination", w.germinationWeeks],
    ["pricking out", w.prickingOutWeeks],
    ["growth", w.growthWeeks],
    ["hardening", w.hardeningWeeks]
  ];
  let start = addDays(ready, -7 * leadWeeks(w));
  const stages: Stage[] = [];
  for (const [stage, weeks] of parts) {
    if (weeks <= 0) continue;
    const end = addDays(start, 7 * weeks);
    stages.push({ stage, start, end, weeks });
    start = end;
  }
  return stages;
}

/**
 * Schedules each species to be ready at the start of the first planting window on or after `today`.
 * A species whose sowing date would fall before `today`:
 * - is scheduled to be ready as soon as possible when that is still inside the window ("late"), with a
 *   warning that it will be planted late in the window;
 * - otherwise moves to the next year's window ("next window"), with a warning naming that window.
 * @throws RangeError for a bad window, date or durations.
 */
export function planCalendar(
  species: { id: number; name: string; weeks: CropWeeks }[],
  window: PlantingWindow,
  today: string
): SpeciesSchedule[] {
  parseDate(today);
  const target = nextWindow(window, today);
  return species.map(({ id, name, weeks }) => {
    checkWeeks(name, weeks);
    const lead = leadWeeks(weeks);
    const sowForStart = addDays(target.start, -7 * lead);
    if (sowForStart >= today) {
      return {
        id,
        name,
        sow: sowForStart,
        ready: target.start,
        windowStart: target.start,
        windowEnd: target.end,
        stages: stagesBackFrom(target.start, weeks),
        status: "on time",
        warning: null
      };
    }
    const earliestReady = addDays(today, 7 * lead);
    // Plant late in the window only if at least two weeks of it remain for planting.
    if (addDays(earliestReady, 14) <= target.end) {
      return {
        id,
        name,
        sow: today,
        ready: earliestReady,
        windowStart: target.start,
        windowEnd: target.end,
        stages: stagesBackFrom(earliestReady, weeks),
        status: "late",
        warning: `${name} needs ${lead} weeks from sowing; sown today (${today}) it is ready on ${earliestReady}, after the planting window opens on ${target.start}: plant it late in the window (it closes on ${addDays(target.end, -1)}).`
      };
    }
    const year = new Date(parseDate(target.start)).getUTCFullYear();
    const next = windowIn(window, year + 1);
    const sow = addDays(next.start, -7 * lead);
    return {
      id,
      name,
      sow,
      ready: next.start,
      windowStart: next.start,
      windowEnd: next.end,
      stages: stagesBackFrom(next.start, weeks),
      status: "next window",
      warning: `${name} cannot be ready for the planting window of ${target.start}: it needs ${lead} weeks from sowing, so it would have had to be sown by ${sowForStart}. Next window: ${next.start} (sow on ${sow}).`
    };
  });
}

/**
 * The planting window from the site assessment's planting months (0-based month indices in calendar
 * order from the first, possibly wrapping past December, as in climate.ts SeasonPattern.plantingMonths).
 * @returns null when there are no planting months (no wet season: the page asks for a window by hand).
 * @throws RangeError for an index outside 0–11.
 */
export function windowFromPlantingMonths(months: readonly number[]): PlantingWindow | null {
  if (!months.length) return null;
  for (const m of months)
    if (!Number.isInteger(m) || m < 0 || m > 11) throw new RangeError(`planting months: ${m} is not a month index 0–11`);
  return { startMonth: months[0] + 1, months: Math.min(12, months.length) };
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "November–January (3 months)", "March (1 month)", or "every month" for a 12-month window. */
export function windowLabel(window: PlantingWindow): string {
  checkWindow(window);
  if (window.months === 12) return "every month";
  const first = MONTHS[window.startMonth - 1];
  const last = MONTHS[(window.startMonth - 1 + window.months - 1) % 12];
  return window.months === 1 ? `${first} (1 month)` : `${first}–${last} (${window.months} months)`;
}

/** The planting windows the site assessment gives, for the present climate and under the scenario. */
export interface SiteWindows {
  /** From the present climate's planting months; null when there is no rain-fed planting window. */
  present: PlantingWindow | null;
  /** From the scenario climate's planting months; null when there is none. */
  scenario: PlantingWindow | null;
  /** Every month is wet at present (no dry season): planting can follow any month. */
  yearRound: boolean;
  /** The scenario's window is not the present one. */
  scenarioDiffers: boolean;
}

/**
 * The site's planting windows from the site assessment's planting months (ClimateFigures.plantingMonths of
 * the present and the scenario climate, month indices 0–11). The present one is the window to plan the
 * first planting season for: seedlings sown now go out within a year or two, in today's climate, not the
 * scenario's (a mid-century warming).
 * @throws RangeError for a month index outside 0–11.
 */
export function siteWindows(presentMonths: readonly number[], scenarioMonths: readonly number[]): SiteWindows {
  const present = windowFromPlantingMonths(presentMonths);
  const scenario = windowFromPlantingMonths(scenarioMonths);
  const same =
    present === null || scenario === null
      ? present === scenario
      : present.startMonth === scenario.startMonth && present.months === scenario.months;
  return { present, scenario, yearRound: present?.months === 12, scenarioDiffers: !same };
}

/**
 * A planting date for a site where every month is wet: the first day of the first month by which every
 * species of the mix, sown on `today`, is ready (today + the longest lead time). Returned as a 12-month
 * window starting that month, so that planCalendar schedules every species on time for it (when the
 * longest lead is under a year; a longer one is planned late in that window, with planCalendar's warning).
 * @throws RangeError for a bad date, an empty list or a lead outside 0–260 weeks.
 */
export function yearRoundWindow(today: string, leads: readonly number[]): PlantingWindow {
  parseDate(today);
  if (!leads.length) throw new RangeError("year-round window: no species lead times");
  for (const lead of leads)
    if (!Number.isFinite(lead) || lead < 0 || lead > 260) throw new RangeError(`year-round window: lead ${lead} is not 0–260 weeks`);
  const ready = new Date(parseDate(addDays(today, 7 * Math.max(...leads))));
  // The first of the month on or after the ready date.
  const month = ready.getUTCDate() === 1 ? ready.getUTCMonth() : (ready.getUTCMonth() + 1) % 12;
  return { startMonth: month + 1, months: 12 };
}

/** Where the planting window comes from: the site's climate or the user's hand. */
export type WindowSource = "site" | "manual";

/** The window a nursery plan works back from, and where it came from (for the page to say). */
export interface WindowChoice {
  window: PlantingWindow;
  from: string;
}

/**
 * The hand-set window's starting point: the site's window when it has a seasonal one, else November for
 * three months (assumption: the common start of the rains in the southern tropics; the user sets it).
 */
export function defaultManualWindow(site: SiteWindows | null): PlantingWindow {
  return site?.present && !site.yearRound ? site.present : { startMonth: 11, months: 3 };
}

/**
 * The planting window to plan for: the site's (a year-round wet site plants in the first month by which
 * every species, sown `today`, is ready: yearRoundWindow), unless the user chose "manual" or the site has
 * none, in which case the hand-set window.
 */
export function choosePlantingWindow(
  source: WindowSource,
  site: SiteWindows | null,
  manual: PlantingWindow,
  today: string,
  leads: readonly number[]
): WindowChoice {
  if (source === "site" && site?.present) {
    if (site.yearRound && leads.length)
      return { window: yearRoundWindow(today, leads), from: "the site's climate (wet all year: first month every species is ready)" };
    return { window: site.present, from: "the site's climate" };
  }
  return { window: manual, from: site?.present ? "set by hand, overriding the site's" : "set by hand" };
}

/**
 * The window to keep in the Scenario (nursery.window): the hand-set one when the user chose one — picked
 * "manual" where the site has a window, changed the months where it has none, or opened a link that held
 * one — else null (the untouched default is not a choice and stays out of shared links).
 */
export function windowToSave(
  source: WindowSource,
  chosen: PlantingWindow,
  site: SiteWindows | null,
  saved: PlantingWindow | null
): PlantingWindow | null {
  if (source !== "manual") return null;
  const fallback = defaultManualWindow(site);
  const untouched = chosen.startMonth === fallback.startMonth && chosen.months === fallback.months;
  return site?.present || saved || !untouched ? chosen : null;
}
