/**
 * From checked rows of a monitoring file to plot visits and survey rounds (upload.ts reads and checks the
 * rows). A visit is a plot on a date: its species rows are gathered, its plot measurements must agree
 * across its rows, and a species is counted once. Visits are grouped into survey rounds — dates sorted, a
 * new round after more than ROUND_GAP_DAYS without a visit — and a plot visited twice in one round keeps
 * its first visit. Every row left out is reported with its row, column and plot.
 */

/** Days without a visit after which a new survey round starts. */
export const ROUND_GAP_DAYS = 60;

export interface StemCount {
  line: number;
  speciesId: string;
  speciesName: string | null;
  native: boolean | null;
  planted: number | null;
  surviving: number | null;
  heightM: number | null;
}

export interface PlotVisit {
  /** Row of the visit's first kept row. */
  line: number;
  plotId: string;
  clusterId: string;
  date: string;
  /** Index into `rounds`. */
  round: number;
  woodyCoverPct: number | null;
  groundCoverPct: number | null;
  erosionClass: number | null;
  infiltrationMmH: number | null;
  socGkg: number | null;
  stems: StemCount[];
}

export interface SurveyRound {
  index: number;
  first: string;
  last: string;
  visits: number;
}

export interface MonitoringIssue {
  /** Row (header = 1), or null for a problem with the whole file. */
  line: number | null;
  field: string | null;
  plotId: string | null;
  message: string;
}

/** Plot-level columns (one value per visit). */
export const PLOT_LEVEL = ["woody_cover_pct", "ground_cover_pct", "erosion_class", "infiltration_mm_h", "soc_g_kg"] as const;
type PlotColumn = (typeof PLOT_LEVEL)[number];

/** A row that passed its own checks (upload.ts), with its plot measurements and its stems, if any. */
export interface CheckedRow {
  line: number;
  plotId: string;
  clusterId: string;
  date: string;
  plot: Partial<Record<PlotColumn, number>>;
  stem: StemCount | null;
}

const daysBetween = (a: string, b: string) => (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;

export function assembleVisits(kept: readonly CheckedRow[]): {
  visits: PlotVisit[];
  rounds: SurveyRound[];
  rowsKept: number;
  errors: MonitoringIssue[];
} {
  const errors: MonitoringIssue[] = [];
  // Rows → visits (plot and date), with plot-level values that agree and species listed once.
  const visitsByKey = new Map<string, PlotVisit & { plotLines: Partial<Record<PlotColumn, number>> }>();
  let rowsKept = 0;
  for (const row of kept) {
    const key = `${row.plotId}\u0000${row.date}`;
    let visit = visitsByKey.get(key);
    const conflicts: MonitoringIssue[] = [];
    if (visit) {
      for (const column of PLOT_LEVEL) {
        const value = row.plot[column];
        const existing = visitField(visit, column);
        if (value !== undefined && existing !== null && existing !== value)
          conflicts.push({
            line: row.line,
            field: column,
            plotId: row.plotId,
            message: `${value} differs from ${existing} given for the same visit on row ${visit.plotLines[column]}.`
          });
      }
      const duplicate = row.stem && visit.stems.find((s) => s.speciesId === row.stem!.speciesId);
      if (duplicate)
        conflicts.push({
          line: row.line,
          field: "species_id",
          plotId: row.plotId,
          message: `Species "${row.stem!.speciesId}" is already counted for this visit on row ${duplicate.line}.`
        });
    }
    if (conflicts.length) {
      errors.push(...conflicts);
      continue;
    }
    if (!visit) {
      visit = {
        line: row.line,
        plotId: row.plotId,
        clusterId: row.clusterId,
        date: row.date,
        round: -1,
        woodyCoverPct: null,
        groundCoverPct: null,
        erosionClass: null,
        infiltrationMmH: null,
        socGkg: null,
        stems: [],
        plotLines: {}
      };
      visitsByKey.set(key, visit);
    }
    for (const column of PLOT_LEVEL) {
      const value = row.plot[column];
      if (value !== undefined && visitField(visit, column) === null) {
        setVisitField(visit, column, value);
        visit.plotLines[column] = row.line;
      }
    }
    if (row.stem) visit.stems.push(row.stem);
    rowsKept++;
  }

  // Visits → survey rounds; a plot visited twice in one round keeps its first visit.
  const dates = [...new Set([...visitsByKey.values()].map((v) => v.date))].sort();
  const roundOf = new Map<string, number>();
  const rounds: SurveyRound[] = [];
  for (const date of dates) {
    const current = rounds[rounds.length - 1];
    if (current && daysBetween(current.last, date) <= ROUND_GAP_DAYS) current.last = date;
    else rounds.push({ index: rounds.length, first: date, last: date, visits: 0 });
    roundOf.set(date, rounds.length - 1);
  }
  const visits: PlotVisit[] = [];
  const seen = new Map<string, PlotVisit>();
  for (const visit of [...visitsByKey.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.line - b.line))) {
    visit.round = roundOf.get(visit.date)!;
    const key = `${visit.plotId}\u0000${visit.round}`;
    const earlier = seen.get(key);
    if (earlier) {
      const lines = kept.filter((r) => r.plotId === visit.plotId && r.date === visit.date).map((r) => r.line);
      for (const line of lines)
        errors.push({
          line,
          field: "date",
          plotId: visit.plotId,
          message: `Plot ${visit.plotId} was already visited on ${earlier.date} (row ${earlier.line}) in the same survey round; this visit is left out.`
        });
      rowsKept -= lines.length;
      continue;
    }
    seen.set(key, visit);
    const { plotLines: _, ...plain } = visit;
    visits.push(plain);
    rounds[visit.round].visits++;
  }
  return { visits, rounds, rowsKept, errors };
}

const FIELD_OF: Record<PlotColumn, keyof PlotVisit> = {
  woody_cover_pct: "woodyCoverPct",
  ground_cover_pct: "groundCoverPct",
  erosion_class: "erosionClass",
  infiltration_mm_h: "infiltrationMmH",
  soc_g_kg: "socGkg"
};

function visitField(visit: PlotVisit, column: PlotColumn): number | null {
  return visit[FIELD_OF[column]] as number | null;
}

function setVisitField(visit: PlotVisit, column: PlotColumn, value: number): void {
  (visit as unknown as Record<string, number>)[FIELD_OF[column]] = value;
}
