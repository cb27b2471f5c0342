import { describe, expect, it } from "vitest";
import { parseEstimateCsv } from "../../../src/lib/decision/estimate.js";

const table = "variable,distribution,lower,upper\na,norm,1,2\nb,norm,1,2\nc,norm,1,2\n";

describe("parseEstimateCsv(text, correlation): a matrix that is not positive semidefinite", () => {
  // C = I + 0.9·A with A = [[0,1,-1],[1,0,1],[-1,1,0]]; A's characteristic polynomial is λ³ − 3λ + 2 =
  // (λ − 1)²(λ + 2), so C's eigenvalues are 1.9, 1.9 and 1 − 1.8 = −0.8: no three variables can have
  // these correlations. R's mvtnorm warns and draws with −0.8 set to 0; the engine does the same and warns.
  it("keeps the matrix (as R runs) and warns with the smallest eigenvalue", () => {
    const { estimate, issues, warnings } = parseEstimateCsv(table, ",a,b,c\na,1,0.9,-0.9\nb,0.9,1,0.9\nc,-0.9,0.9,1\n");
    expect(issues).toEqual([]);
    expect(estimate.correlation?.names).toEqual(["a", "b", "c"]);
    expect(warnings).toHaveLength(1);
    expect(warnings![0].message).toMatch(/^the correlation matrix is not positive semidefinite \(smallest eigenvalue -0\.8000\)/);
  });
  it("gives no warning for a positive definite matrix", () => {
    expect(parseEstimateCsv(table, ",a,b,c\na,1,0.5,0.2\nb,0.5,1,0.3\nc,0.2,0.3,1\n").warnings).toEqual([]);
  });
  it("refuses a non-finite correlation with its row and column", () => {
    const { issues } = parseEstimateCsv(table, ",a,b\na,1,Inf\nb,Inf,1\n");
    expect(issues[0]).toMatchObject({
      line: 2,
      variable: "a",
      column: "b",
      message: 'correlation "Inf" is infinite: give a finite number'
    });
  });
});

describe("parseEstimateCsv(text): hostile headers and names (issue 19)", () => {
  it("names a column the header gives twice", () => {
    const { issues } = parseEstimateCsv("variable,distribution,lower,lower,upper\na,norm,1,2,3\n");
    expect(issues).toEqual([{ line: 1, column: "lower", message: 'the header names column "lower" twice (columns 3 and 4): keep one' }]);
  });
  it("refuses a variable named __proto__, and keeps the others", () => {
    const { estimate, issues } = parseEstimateCsv("variable,distribution,lower,upper\n__proto__,norm,1,2\nb,norm,1,2\n");
    expect(issues.map((i) => i.message)).toEqual([
      'a variable cannot be named "__proto__": a JavaScript model would never see it (rename it)'
    ]);
    expect(estimate.rows.map((r) => r.variable)).toEqual(["b"]);
  });
  it("echoes a 5 MB header line short and printable", () => {
    const { issues } = parseEstimateCsv(`\u001b]0;x\u0007${"h".repeat(5_000_000)}\n1\n`);
    expect(issues[0].message.length).toBeLessThan(300);
    expect(issues[0].message).toMatch(/\(header: \\x1b\]0;x\\x07h+… \(5,000,006 characters\)\)$/);
  });
});
