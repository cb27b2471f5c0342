// data/koppen.json: the Köppen–Geiger 0.5° grid as a lookup (KoppenGrid + names; src/lib/data/koppen.ts, koppenAt()).
import { koppenJson } from "./_build/page-data.js";
import { runLoader } from "./_build/write.js";

await runLoader("data/koppen.json", () => JSON.stringify(koppenJson()));
