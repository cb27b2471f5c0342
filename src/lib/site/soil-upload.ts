/**
 * A user's soil samples from CSV: the template and accepted columns (soil-upload-columns.ts), reading the
 * file (soil-upload-parse.ts: whole-file checks, the project's CSV reader) and validating its rows
 * (soil-upload-validate.ts). See docs/site-assessment.md and docs/hostile-input.md.
 */
export { COLUMN_HELP, SOIL_TEMPLATE_CSV, TEMPLATE_COLUMNS } from "./soil-upload-columns.js";
export { SOIL_UPLOAD_LIMITS, soilFileProblem } from "./soil-upload-parse.js";
export {
  parseSoilUpload,
  rejectedUpload,
  type SoilSample,
  sampleProperties,
  soilUploadSteps,
  type UploadIssue,
  type UploadResult
} from "./soil-upload-validate.js";
