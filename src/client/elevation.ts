/**
 * The site's elevation in the browser: reads the tile file's index and the one gzipped 10° tile that holds
 * the site (HTTP byte ranges; a server that ignores ranges sends the whole 1.3 MB file once), unpacks it
 * with the browser's DecompressionStream and looks the site up (src/lib/site/elevation.ts). Nothing is
 * requested from another host.
 */
import {
  elevationAt,
  type GridElevation,
  gridCell,
  parseTileIndex,
  TILE_HEADER_BYTES,
  type TileRange,
  tileOf
} from "../lib/site/elevation.js";

async function fetchBytes(url: string, start: number, length: number): Promise<Uint8Array> {
  const response = await fetch(url, { headers: { Range: `bytes=${start}-${start + length - 1}` } });
  if (!response.ok) throw new Error(`elevation tiles: HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  return response.status === 206 ? bytes : bytes.subarray(start, start + length);
}

async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * A lookup over the tile file at `url` (FileAttachment("data/elevation-tiles.bin").url()). Tiles are
 * cached, so moving the site within 10° fetches nothing more. Resolves to null at sea.
 */
export function elevationLookup(url: string): (lat: number, lon: number) => Promise<GridElevation | null> {
  let index: Promise<TileRange[]> | null = null;
  const tiles = new Map<number, Promise<Uint8Array | null>>();
  const tile = (t: number) => {
    let cached = tiles.get(t);
    if (!cached) {
      index ??= fetchBytes(url, 0, TILE_HEADER_BYTES).then(parseTileIndex);
      cached = index.then((ranges) => (ranges[t].length ? fetchBytes(url, ranges[t].start, ranges[t].length).then(gunzip) : null));
      tiles.set(t, cached);
    }
    return cached;
  };
  return async (lat, lon) => {
    const { row, col } = gridCell(lat, lon);
    const home = tileOf(row, col).tile;
    const bytes = await tile(home);
    // Cells outside the site's tile read as unknown (a coastal neighbour across a tile edge is skipped).
    return elevationAt(
      (row, col) => {
        const { tile: t, offset } = tileOf(row, col);
        if (t !== home) return null;
        return bytes ? bytes[offset] : 255;
      },
      lat,
      lon
    );
  };
}
