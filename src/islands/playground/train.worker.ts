/**
 * The playground's training worker: runs `createTrainingSession` (src/lib/playground/) off the
 * main thread, so the page stays responsive while the network trains. Started by the page with
 *
 *   new Worker(new URL('./train.worker.ts', import.meta.url), { type: 'module' })
 *
 * and served from the site's origin (CSP `worker-src 'self'`). Messages: protocol.ts.
 */
import { version } from '../../../package.json';
import type { MainToWorker } from '../../lib/playground/protocol.ts';
import { createTrainingSession } from '../../lib/playground/training-session.ts';
import { sha256Hex } from '../../lib/model/sha256.ts';

/** The parts of DedicatedWorkerGlobalScope used here (the project's types are the DOM's). */
interface WorkerScope {
  postMessage(message: unknown, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<MainToWorker>) => void) | null;
}

const scope = self as unknown as WorkerScope;

/**
 * Macrotask scheduling through a MessageChannel: unlike nested setTimeout(0), which browsers
 * clamp to 4 ms, it lets the next slice start at once while still letting the page's messages
 * (pause, step) in between slices.
 */
const channel = new MessageChannel();
const queue: (() => void)[] = [];
channel.port1.onmessage = () => queue.shift()?.();

const session = createTrainingSession({
  post: (message, transfer = []) => scope.postMessage(message, transfer),
  schedule: (task) => {
    queue.push(task);
    channel.port2.postMessage(null);
  },
  later: (task, ms) => setTimeout(task, ms),
  now: () => performance.now(),
  producerVersion: version,
  sha256: (bytes) => sha256Hex(bytes as Uint8Array<ArrayBuffer>),
  // The protobuf writer loads only when the reader asks for an export.
  loadExporter: async () => (await import('../../lib/model/onnx-export.ts')).exportNetworkOnnx,
});

scope.onmessage = (event: MessageEvent<MainToWorker>) => session.handle(event.data);
