/**
 * Loading content/ with the story files read and checked on worker threads,
 * one per core (files.ts does each file alone), then put together here as
 * loadContent does. For the build and content:check, which meet the whole
 * archive: at 100,000 stories the files' own work is most of their time.
 * Run under tsx (the scripts are): the workers load the same TypeScript.
 */
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { listStoryFiles, readStoryFiles, type ContentSource, type FileReading, type FileWork, type StoryFile, type StoryFilesRead } from "./files";
import { assembleContent, defaultSource, supportFileStamps, type LoadedContent } from "./load";
import { ProblemList } from "./problems";

/** Files a worker takes at a time: small enough to share the work evenly, large enough that messages cost little. */
const BATCH = 500;

export interface Threads {
  /** How many workers; 0 reads on this thread. One per core for a large archive unless told. */
  workers?: number;
  /** Files a worker takes at a time. */
  batch?: number;
}
/** Below this many files a worker's start (about half a second) costs more than it saves. */
const WORKERS_FROM = 2000;

export interface WorkerJob {
  source: ContentSource;
  now: number;
  work: FileWork;
}

export interface ParallelContent extends LoadedContent {
  proofing: StoryFilesRead["proofing"];
  searchBodies: StoryFilesRead["searchBodies"];
}

/** How many workers for `files` files: one per core, none for few files or one core. */
export function workerCount(files: number, cores = os.availableParallelism()): number {
  return files < WORKERS_FROM || cores < 2 ? 0 : cores;
}

function startWorker(job: WorkerJob): Worker {
  const entry = path.join(__dirname, "files-worker.ts");
  // A worker does not inherit tsx's loader: it registers tsx itself. Not
  // tsx's api require(), whose fresh namespace per call misses tsx's cache
  // of compiled files and so doubled a worker's start.
  const boot = `require("tsx/cjs/api").register(); require(${JSON.stringify(entry)})`;
  return new Worker(boot, { eval: true, workerData: job });
}

/** Every file read on `workers` threads, each taking the next batch as it finishes one; results in the files' order. */
async function readOnWorkers(files: readonly StoryFile[], job: WorkerJob, workers: number, batch: number): Promise<StoryFilesRead> {
  const batches: StoryFile[][] = [];
  for (let i = 0; i < files.length; i += batch) batches.push(files.slice(i, i + batch));
  const results: StoryFilesRead[] = new Array<StoryFilesRead>(batches.length);
  let next = 0;
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const give = () => {
        if (next >= batches.length) return resolve();
        const id = next++;
        worker.once("message", (read: StoryFilesRead) => {
          results[id] = read;
          give();
        });
        worker.postMessage(batches[id]);
      };
      worker.on("error", reject);
      worker.on("exit", (code) => (code === 0 ? undefined : reject(new Error(`content: a file worker stopped (exit ${code})`))));
      give();
    });
  const pool = Array.from({ length: Math.min(workers, batches.length) }, () => startWorker(job));
  try {
    await Promise.all(pool.map(run));
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  return {
    drafts: results.flatMap((r) => r.drafts),
    stamps: new Map(results.flatMap((r) => [...r.stamps])),
    problems: results.flatMap((r) => r.problems),
    proofing: results.flatMap((r) => r.proofing),
    searchBodies: new Map(results.flatMap((r) => [...r.searchBodies])),
  };
}

/** How this thread reads the files `work` asks for; the search table's code is loaded only for its terms. */
async function onThisThread(work: FileWork): Promise<FileReading> {
  return { check: work.check, bodyTerms: work.searchBodies ? (await import("./search/table")).searchBodyTerms : undefined };
}

/** loadContent, with what `work` asks of each file, its story files read on worker threads. */
export async function loadContentInParallel(
  source: ContentSource = defaultSource(),
  now = new Date(),
  work: FileWork = {},
  threads: Threads = {},
): Promise<ParallelContent> {
  const stamps = supportFileStamps(source);
  const problems = new ProblemList();
  const files = listStoryFiles(problems, source);
  const workers = threads.workers ?? workerCount(files.length);
  const job = { source, now: now.getTime(), work };
  const read = workers > 0 ? await readOnWorkers(files, job, workers, threads.batch ?? BATCH) : readStoryFiles(source, files, now, await onThisThread(work));
  return { ...assembleContent(source, problems, read, stamps), proofing: read.proofing, searchBodies: read.searchBodies };
}
