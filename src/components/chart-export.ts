/**
 * Download buttons for a Plot chart: the SVG as drawn (serialised with its inline styles), and a PNG
 * rendered from that SVG on a canvas at twice the size. Everything happens in the browser (blob: URLs).
 */
import { html } from "npm:htl";
import { saveBlob } from "./download-button.js";

/**
 * The chart's SVG as a standalone document (namespaces, size, white background). A container with several
 * plots (small multiples) is stacked into one SVG; legend swatches (small SVGs) are left out.
 */
export function serializeSvg(chart: Element): { text: string; width: number; height: number } | null {
  const size = (svg: SVGSVGElement) => ({
    width: Number(svg.getAttribute("width")) || svg.getBoundingClientRect().width || 640,
    height: Number(svg.getAttribute("height")) || svg.getBoundingClientRect().height || 400
  });
  const svgs =
    chart instanceof SVGSVGElement
      ? [chart]
      : [...chart.querySelectorAll("svg")].filter((svg) => size(svg).width >= 100 && size(svg).height >= 60);
  if (!svgs.length) return null;
  const NS = "http://www.w3.org/2000/svg";
  const outer = document.createElementNS(NS, "svg");
  const width = Math.max(...svgs.map((svg) => size(svg).width));
  let height = 0;
  const background = document.createElementNS(NS, "rect");
  background.setAttribute("width", "100%");
  background.setAttribute("height", "100%");
  background.setAttribute("fill", "white");
  outer.append(background);
  for (const svg of svgs) {
    const clone = svg.cloneNode(true) as SVGSVGElement;
    const s = size(svg);
    clone.setAttribute("x", "0");
    clone.setAttribute("y", String(height));
    clone.setAttribute("width", String(s.width));
    clone.setAttribute("height", String(s.height));
    outer.append(clone);
    height += s.height;
  }
  outer.setAttribute("xmlns", NS);
  outer.setAttribute("xmlns:xlink", "http://www.w3.org/1999/xlink");
  outer.setAttribute("width", String(width));
  outer.setAttribute("height", String(height));
  outer.setAttribute("viewBox", `0 0 ${width} ${height}`);
  return { text: new XMLSerializer().serializeToString(outer), width, height };
}

export function ChartDownloads(chart: Element, { filename }: { filename: string }): HTMLElement {
  const svgButton = html`<button type="button">SVG</button>` as HTMLButtonElement;
  const pngButton = html`<button type="button">PNG</button>` as HTMLButtonElement;
  svgButton.onclick = () => {
    const s = serializeSvg(chart);
    if (s) saveBlob(new Blob([s.text], { type: "image/svg+xml" }), `${filename}.svg`);
  };
  pngButton.onclick = async () => {
    const s = serializeSvg(chart);
    if (!s) return;
    const url = URL.createObjectURL(new Blob([s.text], { type: "image/svg+xml" }));
    try {
      const image = new Image();
      image.src = url;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = s.width * 2;
      canvas.height = s.height * 2;
      const context = canvas.getContext("2d")!;
      context.scale(2, 2);
      context.drawImage(image, 0, 0, s.width, s.height);
      canvas.toBlob((blob) => blob && saveBlob(blob, `${filename}.png`), "image/png");
    } finally {
      URL.revokeObjectURL(url);
    }
  };
  return html`<div class="chart-downloads no-print"><span class="muted">Download chart:</span> ${svgButton} ${pngButton}</div>` as HTMLElement;
}
