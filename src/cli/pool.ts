// Runs batches on worker threads, each batch's bytes transferred (not copied) both ways.
// Results are matched to their batch by `seq`; the caller keeps them in input order.
import { Worker } from 'node:worker_threads';
import type { Batch, BatchResult } from './batch.js';
import type { LineOptions } from './commands.js';

interface Task {
  readonly batch: Batch;
  readonly resolve: (r: BatchResult) => void;
  readonly reject: (e: Error) => void;
}

/** A fixed set of workers, each running `script` with the line options as its data. */
export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly queue: Task[] = [];
  private readonly running = new Map<Worker, Task>();
  private readonly workers: Worker[] = [];

  constructor(script: URL, size: number, options: LineOptions) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(script, { workerData: options });
      w.on('message', (r: BatchResult | { seq: number; error: string }) => {
        const task = this.running.get(w)!;
        this.running.delete(w);
        if ('error' in r) task.reject(new Error(r.error));
        else task.resolve(r);
        this.idle.push(w);
        this.next();
      });
      w.on('error', (e) => {
        const task = this.running.get(w);
        if (task !== undefined) task.reject(e);
      });
      this.workers.push(w);
      this.idle.push(w);
    }
  }

  run(batch: Batch): Promise<BatchResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ batch, resolve, reject });
      this.next();
    });
  }

  private next(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const w = this.idle.pop()!;
      const task = this.queue.shift()!;
      this.running.set(w, task);
      w.postMessage(task.batch, [task.batch.bytes.buffer as ArrayBuffer]);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
