/** Which onnxruntime-web backends a demo may use, from what the browser reports. */

export type BackendId = 'wasm' | 'webgpu';

/** What `navigator.gpu.requestAdapter()` gave, reduced to what matters here. */
export interface GpuProbe {
  /** `navigator.gpu` exists. */
  api: boolean;
  /** An adapter was returned (null: none, or requestAdapter threw). */
  adapter: { isFallbackAdapter: boolean; description: string } | null;
  /** Error text if requestAdapter threw. */
  error?: string | undefined;
  /**
   * The browser has WebAssembly JSPI (`'Suspending' in WebAssembly`). The site ships ORT's JSPI
   * build for WebGPU (16.8 MB WASM): the default asyncify build's 26.8 MB file exceeds the 25 MiB
   * per-file limit of hosts such as Cloudflare Pages. Without JSPI, WebGPU is not offered.
   */
  jspi: boolean;
}

export interface BackendChoice {
  /** Backends to run, WASM always first. */
  backends: BackendId[];
  /** Why WebGPU is or is not among them (Chinese, shown to the reader). */
  webgpuNote: string;
}

/**
 * WebGPU counts only with a real (non-fallback) adapter: a software fallback adapter such as
 * SwiftShader runs the model correctly but about 1000× slower than WASM, so readers are not
 * offered it. Tests may pass `allowFallback` to exercise the WebGPU code path on it.
 */
export function chooseBackends(probe: GpuProbe, allowFallback = false): BackendChoice {
  if (!probe.api) return { backends: ['wasm'], webgpuNote: '此浏览器不支持 WebGPU，使用 WASM。' };
  if (probe.adapter === null) {
    return {
      backends: ['wasm'],
      webgpuNote: probe.error
        ? `WebGPU 适配器请求失败（${probe.error}），使用 WASM。`
        : '浏览器没有可用的 WebGPU 适配器，使用 WASM。',
    };
  }
  if (!probe.jspi) {
    return {
      backends: ['wasm'],
      webgpuNote: '本站的 WebGPU 版本需要浏览器支持 WebAssembly JSPI，此浏览器不支持，因此使用 WASM。',
    };
  }
  if (probe.adapter.isFallbackAdapter && !allowFallback) {
    return {
      backends: ['wasm'],
      webgpuNote: 'WebGPU 只有软件回退适配器（比 WASM 慢得多），因此使用 WASM。',
    };
  }
  const name = probe.adapter.description || 'WebGPU 适配器';
  return {
    backends: ['wasm', 'webgpu'],
    webgpuNote: probe.adapter.isFallbackAdapter
      ? `WebGPU：软件回退适配器（${name}），仅用于功能测试。`
      : `WebGPU 可用（${name}）。`,
  };
}

/** Chinese label of a backend for the page. */
export function backendLabel(backend: BackendId): string {
  return backend === 'wasm' ? 'WASM（SIMD，单线程）' : 'WebGPU';
}
