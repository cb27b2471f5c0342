/**
 * The Köppen–Geiger class computed from a monthly climate (Kottek et al. 2006 rules; the 0.5° grid lookup
 * is koppenAt in src/lib/data/koppen.ts).
 */

import { mean, sum } from "./climate.js";

/**
 * The Köppen–Geiger class of a monthly climate by the rules of Kottek et al. (2006, Table 1), which the
 * 0.5° grid (Rubel et al. 2017) also follows. Summer is April–September in the northern hemisphere and
 * October–March in the southern. E is tested first, then B, then A, C and D.
 */
export function koppenFromMonthly(temperature: readonly number[], precipitation: readonly number[], lat: number): string {
  if (temperature.length !== 12 || precipitation.length !== 12) throw new RangeError("Köppen needs 12 monthly values.");
  const t = temperature;
  const p = precipitation;
  const tAnn = mean(t);
  const pAnn = sum(p);
  const tMin = Math.min(...t);
  const tMax = Math.max(...t);
  const summer = lat >= 0 ? [3, 4, 5, 6, 7, 8] : [9, 10, 11, 0, 1, 2];
  const winter = [...Array(12).keys()].filter((m) => !summer.includes(m));
  const ps = summer.map((m) => p[m]);
  const pw = winter.map((m) => p[m]);
  const [pSmin, pSmax, pWmin, pWmax] = [Math.min(...ps), Math.max(...ps), Math.min(...pw), Math.max(...pw)];
  // Dryness threshold Pth (Kottek: in mm when compared as Pann < 10·Pth).
  const pTh = sum(pw) >= (2 / 3) * pAnn ? 2 * tAnn : sum(ps) >= (2 / 3) * pAnn ? 2 * tAnn + 28 : 2 * tAnn + 14;

  if (tMax < 10) return tMax < 0 ? "EF" : "ET";
  if (pAnn < 10 * pTh) return (pAnn <= 5 * pTh ? "BW" : "BS") + (tAnn >= 18 ? "h" : "k");
  if (tMin >= 18) {
    const pMin = Math.min(...p);
    if (pMin >= 60) return "Af";
    if (pAnn >= 25 * (100 - pMin)) return "Am";
    return pSmin < pWmin ? "As" : "Aw";
  }
  const group = tMin > -3 ? "C" : "D";
  const seasonality = pSmin < pWmin && pWmax > 3 * pSmin && pSmin < 40 ? "s" : pWmin < pSmin && pSmax > 10 * pWmin ? "w" : "f";
  const warmMonths = t.filter((x) => x >= 10).length;
  const heat = tMax >= 22 ? "a" : warmMonths >= 4 ? "b" : tMin > -38 ? "c" : "d";
  return group + seasonality + heat;
}
