// data/mining-area.json: MiningArea[] (src/lib/data/mines.ts), mining land per country, km².
import { loadMiningArea } from "./_build/mines.js";
import { runLoader } from "./_build/write.js";

await runLoader("data/mining-area.json", () => JSON.stringify(loadMiningArea()));
