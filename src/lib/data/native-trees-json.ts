/** The compact native useful trees the species page loads (data/native-trees.json), and its decoder. */
import type { NativeTree } from "./native.js";

/**
 * data/native-trees.json: `uses` names the WCUPS categories; each tree is [seq, name, family, native
 * level-3 codes joined by spaces, bit mask of its uses (bit i = uses[i]), EcoPortCode or null].
 */
export interface CompactNativeTrees {
  description: string;
  uses: string[];
  trees: [number, string, string, string, number, number | null][];
}

export function decodeNativeTrees(json: CompactNativeTrees): NativeTree[] {
  return json.trees.map(([seq, name, family, native, mask, ecocropId]) => ({
    seq,
    name,
    family,
    wcvpName: null,
    native: native ? native.split(" ") : [],
    uses: json.uses.filter((_, i) => (mask & (1 << i)) !== 0),
    ecocropId
  }));
}
