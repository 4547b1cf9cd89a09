/** A worker thread of parallel.ts: reads and checks each batch of story files it is sent, and sends back what it found. */
import { parentPort, workerData } from "node:worker_threads";
import { readStoryFiles, type StoryFile } from "./files";
import type { WorkerJob } from "./parallel";

const { source, now, work } = workerData as WorkerJob;
parentPort?.on("message", (files: StoryFile[]) => parentPort?.postMessage(readStoryFiles(source, files, new Date(now), work)));
