import { html } from "npm:htl";

/** Saves a blob as a file through a temporary blob: URL (built in the browser; nothing is sent anywhere). */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * A button that downloads text made when it is pressed (`content()`), e.g. the CSV of what the page
 * shows. The file is built in the browser (a blob: URL); nothing is sent anywhere.
 */
export function DownloadButton(
  label: string,
  {
    filename,
    content,
    type = "text/csv;charset=utf-8",
    testId
  }: { filename: string; content: () => string; type?: string; testId?: string }
): HTMLButtonElement {
  const button = html`<button type="button" data-testid=${testId ?? null} data-download=${filename}>${label}</button>` as HTMLButtonElement;
  button.onclick = () => saveBlob(new Blob([content()], { type }), filename);
  return button;
}
