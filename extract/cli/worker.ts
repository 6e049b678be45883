/** A `--jobs` worker thread: runs tasks from the main thread and posts their results back. */
import { parentPort } from "node:worker_threads";
import { runTask, type Task } from "./extract-one";

parentPort?.on("message", (t: Task) => {
  parentPort?.postMessage(runTask(t));
});
