/**
 * Reading a soil file on /site without freezing the page: the file's size is checked before it is read,
 * its text decoded by the browser (off the main thread), then validated a few thousand rows at a time
 * (soilUploadSteps) with the page painting in between.
 */
import { rejectedUpload, SOIL_UPLOAD_LIMITS, soilUploadSteps, type UploadResult } from "../lib/site/soil-upload.js";

const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Reads and validates `file`; `onProgress` hears the share read (0–1). Never throws on bad content. */
export async function readSoilFile(file: Blob, { onProgress }: { onProgress?: (share: number) => void } = {}): Promise<UploadResult> {
  // UTF-8 text takes at least one byte a character: a file with more bytes than that may still fit, one
  // with 4× more cannot.
  if (file.size > SOIL_UPLOAD_LIMITS.maxChars * 4)
    return rejectedUpload(
      `The file is ${(file.size / 1e6).toFixed(0)} MB; at most ${SOIL_UPLOAD_LIMITS.maxChars / 1e6} million characters are read. Split it into smaller files.`
    );
  const steps = soilUploadSteps(await file.text());
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    onProgress?.(step.value);
    await nextTurn();
  }
}
