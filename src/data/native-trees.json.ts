// data/native-trees.json: GlobUNT useful trees with WCVP native areas and WCUPS uses (decodeNativeTrees).
import { nativeTreesJson } from "./_build/page-data.js";
import { runLoader } from "./_build/write.js";

await runLoader("data/native-trees.json", () => JSON.stringify(nativeTreesJson()));
