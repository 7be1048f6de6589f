/**
 * The demos' shared onnxruntime-web runtime. Nothing here runs until a demo asks: the ORT
 * build for a backend is imported dynamically (its own chunk), its WASM file comes from this
 * site (a hashed asset), and the model bytes are fetched once, checked against the model
 * card's SHA-256 with SubtleCrypto, then shared by one session per backend for every demo on
 * the page. Failed loads are forgotten so that "重试" starts again.
 */
import type * as Ort from 'onnxruntime-web';
import wasmUrl from 'onnxruntime-web/ort-wasm-simd-threaded.wasm?url';
import webgpuWasmUrl from 'onnxruntime-web/ort-wasm-simd-threaded.jspi.wasm?url';
import { runSeparator, type SeparatorOutputs } from '../../lib/model/ort-run.ts';
import { sha256Hex } from '../../lib/model/sha256.ts';
import type { BackendId } from '../../lib/demos/backend.ts';

/** Where the model is and what its bytes must hash to. */
export interface ModelSource {
  url: string;
  sha256: string;
}

/** A failure to show in the page, in Chinese, with what went wrong. */
export class DemoError extends Error {
  /** True when only reloading the page can recover (onnxruntime keeps a failed start-up). */
  readonly reload: boolean;
  constructor(message: string, options?: { cause?: unknown; reload?: boolean }) {
    super(message, options);
    this.name = 'DemoError';
    this.reload = options?.reload ?? false;
  }
}

export interface LoadedSession {
  backend: BackendId;
  ort: typeof Ort;
  session: Ort.InferenceSession;
  /** Milliseconds from starting the import of ORT to a ready session (cold: includes WASM). */
  createMs: number;
  /** Milliseconds to create the session alone, ORT already loaded. */
  sessionOnlyMs: number;
  /** Milliseconds of the session's first run (one point), made right after creation. */
  firstRunMs: number;
}

let modelBytes: Promise<Uint8Array> | undefined;
const sessions = new Map<BackendId, Promise<LoadedSession>>();
/**
 * Backends whose runtime failed to start (e.g. the WASM file did not load). onnxruntime-web
 * remembers such a failure for the life of the page, so a retry must reload the page.
 */
const brokenRuntimes = new Map<BackendId, string>();

async function fetchModel(source: ModelSource): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(source.url);
  } catch (error) {
    throw new DemoError('无法下载模型文件（网络错误）。', { cause: error });
  }
  if (!response.ok) throw new DemoError(`无法下载模型文件（HTTP ${response.status}）。`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const digest = await sha256Hex(bytes);
  if (digest !== source.sha256) {
    throw new DemoError(
      `模型文件校验失败：SHA-256 与模型卡不符（应为 ${source.sha256.slice(0, 12)}…，实际 ${digest.slice(0, 12)}…）。文件可能损坏或被替换。`,
    );
  }
  return bytes;
}

/** The model's bytes, fetched and verified once per page. */
function loadModelBytes(source: ModelSource): Promise<Uint8Array> {
  modelBytes ??= fetchModel(source);
  modelBytes.catch(() => (modelBytes = undefined));
  return modelBytes;
}

/** onnxruntime-web for `backend`, configured to load its WASM from this site (also used by the playground). */
export async function importOrt(backend: BackendId): Promise<typeof Ort> {
  try {
    // Separate builds: the WebGPU one (and its 16.8 MB WASM) is fetched only when WebGPU is used.
    // For WebGPU the JSPI build (WebAssembly JS Promise Integration), not the default asyncify
    // one: its WASM is 16.8 MB where asyncify's is 26.8 MB, over the 25 MiB per-file limit of
    // Cloudflare Pages. The backends demo offers WebGPU only where `'Suspending' in WebAssembly`.
    const ort =
      backend === 'webgpu' ? await import('onnxruntime-web/jspi') : await import('onnxruntime-web/wasm');
    // Single-threaded: threads need cross-origin isolation (COOP/COEP headers), which the
    // site does not require; without it ORT would fall back to one thread anyway.
    ort.env.wasm.numThreads = 1;
    // WASM runs in ORT's proxy worker: compiling the 14 MB module on the main thread was
    // measured at 300–540 ms of blocked page (long tasks) on this machine; in the worker the
    // page stays responsive. ORT's WebGPU backend cannot run in the proxy.
    ort.env.wasm.proxy = backend === 'wasm';
    ort.env.wasm.wasmPaths = { wasm: backend === 'webgpu' ? webgpuWasmUrl : wasmUrl };
    ort.env.logLevel = 'error';
    return ort;
  } catch (error) {
    throw new DemoError('无法加载 onnxruntime-web 的脚本。', { cause: error });
  }
}

async function createSession(backend: BackendId, source: ModelSource): Promise<LoadedSession> {
  const started = performance.now();
  const [ort, bytes] = await Promise.all([importOrt(backend), loadModelBytes(source)]);
  const sessionStart = performance.now();
  let session: Ort.InferenceSession;
  try {
    // A copy: the WASM proxy worker takes ownership of (detaches) the buffer it is given, and
    // the verified bytes are shared by every backend's session.
    session = await ort.InferenceSession.create(bytes.slice(), { executionProviders: [backend] });
  } catch (error) {
    // The bytes passed the SHA-256 check, so the runtime itself failed to start.
    const reason = error instanceof Error ? error.message : String(error);
    const message =
      backend === 'wasm'
        ? `无法启动推理运行时：WASM 文件加载失败（${reason}）。请重新加载页面再试。`
        : `WebGPU 会话创建失败（${reason}）。`;
    brokenRuntimes.set(backend, message);
    throw new DemoError(message, { cause: error, reload: true });
  }
  const now = performance.now();
  const loaded = {
    backend,
    ort,
    session,
    createMs: now - started,
    sessionOnlyMs: now - sessionStart,
    firstRunMs: 0,
  };
  // The first run pays one-off costs (allocation, kernel set-up); time it once for the backends demo.
  await run(loaded, new Float32Array([0.5, 0.5]));
  loaded.firstRunMs = performance.now() - now;
  return loaded;
}

/** The page's session for `backend`, created on first use and shared by all demos. */
export function getSession(backend: BackendId, source: ModelSource): Promise<LoadedSession> {
  const broken = brokenRuntimes.get(backend);
  if (broken !== undefined) return Promise.reject(new DemoError(broken, { reload: true }));
  let pending = sessions.get(backend);
  if (!pending) {
    pending = createSession(backend, source);
    sessions.set(backend, pending);
    pending.catch(() => sessions.delete(backend));
  }
  return pending;
}

/** Runs the model on points of shape [n, 2]; a failure becomes a DemoError. */
export async function run(loaded: LoadedSession, points: Float32Array): Promise<SeparatorOutputs> {
  try {
    // A copy: the proxy worker takes ownership of the buffer it is sent (it is detached here),
    // and callers reuse their arrays.
    return await runSeparator(loaded.ort, loaded.session, points.slice());
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DemoError(`推理失败（${loaded.backend}）：${reason}`, { cause: error });
  }
}

/** Forgets a backend's session after it failed mid-way, so the next call starts afresh. */
export function dropSession(backend: BackendId): void {
  const pending = sessions.get(backend);
  sessions.delete(backend);
  pending?.then((s) => s.session.release()).catch(() => {});
}
