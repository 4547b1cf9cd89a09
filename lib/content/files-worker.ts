/** A worker thread of parallel.ts: reads and checks each batch of story files it is sent, and sends back what it found. */
import { createRequire } from "node:module";
import { parentPort, workerData } from "node:worker_threads";
import { readStoryFiles, type StoryFile } from "./files";
import type { WorkerJob } from "./parallel";
import type * as SearchTable from "./search/table";

const { source, now, work } = workerData as WorkerJob;
// Required, not imported: this thread has tsx's CommonJS loader alone, and only the build asks for terms.
const table = work.searchBodies ? (createRequire(__filename)("./search/table") as typeof SearchTable) : undefined;
const reading = { check: work.check, bodyTerms: table?.searchBodyTerms };
parentPort?.on("message", (files: StoryFile[]) => parentPort?.postMessage(readStoryFiles(source, files, new Date(now), reading)));
