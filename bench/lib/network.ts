// Counts what a page downloads: every response (the MapLibre worker's included, which Playwright
// reports on the page), JS separately, raw and gzip, and knows when nothing is in flight any more.
import { gzipSync } from 'node:zlib';
import type { Page, Request, Response } from '@playwright/test';

export type ByteCounts = {
  /** Bytes of JavaScript as the browser ran it (decoded), main thread and worker. */
  jsRawBytes: number;
  /** The same JavaScript gzipped here with zlib's default level, independent of how it was served. */
  jsGzipBytes: number;
  /** Everything the page (and its MapLibre worker) had on the wire: bodies as served (vite preview sends the build's brotli copies of text) plus headers. */
  transferredBytes: number;
  /** What the app's service worker fetched by the end of the run (its precache), counted apart. */
  serviceWorkerBytes: number;
  jsFiles: Array<{ url: string; rawBytes: number; gzipBytes: number }>;
  requests: number;
  failedRequests: string[];
};

const isJavaScript = (request: Request, contentType: string | undefined) =>
  request.resourceType() === 'script' ||
  /javascript|ecmascript/.test(contentType ?? '') ||
  /\.(m?js)(\?|$)/.test(new URL(request.url()).pathname);

export class NetworkRecorder {
  private readonly pending = new Set<Request>();
  private readonly work: Array<Promise<void>> = [];
  private readonly idleWaiters: Array<() => void> = [];
  private readonly scripts: Array<{
    request: Request;
    response: Response;
    sizes: Awaited<ReturnType<Request['sizes']>>;
  }> = [];
  private readonly counts: ByteCounts = {
    jsRawBytes: 0,
    jsGzipBytes: 0,
    transferredBytes: 0,
    serviceWorkerBytes: 0,
    jsFiles: [],
    requests: 0,
    failedRequests: [],
  };

  constructor(page: Page) {
    page.on('request', (request) => {
      if (!request.url().startsWith('http')) return;
      this.pending.add(request);
    });
    page.on('requestfinished', (request) => this.track(request, this.measure(request)));
    // Service-worker requests are reported on the context, not the page.
    page.context().on('requestfinished', (request) => {
      if (!request.serviceWorker()) return;
      this.work.push(
        request
          .sizes()
          .then((sizes) => {
            this.counts.serviceWorkerBytes += sizes.responseBodySize + sizes.responseHeadersSize;
          })
          .catch(() => undefined),
      );
    });
    page.on('requestfailed', (request) => {
      this.counts.failedRequests.push(`${request.url()} (${request.failure()?.errorText ?? 'failed'})`);
      this.track(request, Promise.resolve());
    });
  }

  private track(request: Request, measuring: Promise<void>): void {
    const done = measuring
      .catch((error: unknown) => {
        this.counts.failedRequests.push(`${request.url()} (not measured: ${String(error)})`);
      })
      .finally(() => {
        this.pending.delete(request);
        if (this.pending.size === 0) for (const wake of this.idleWaiters.splice(0)) wake();
      });
    this.work.push(done);
  }

  private async measure(request: Request): Promise<void> {
    if (!request.url().startsWith('http')) return;
    const response = await request.response();
    if (!response) return;
    const sizes = await request.sizes();
    const headers = await response.allHeaders();
    const contentType = headers['content-type'];
    this.counts.requests += 1;
    if (isJavaScript(request, contentType)) {
      // Bodies are read later (see `quiet`): fetching them over CDP now would compete with the load.
      this.scripts.push({ request, response, sizes });
      return;
    }
    this.counts.transferredBytes += sizes.responseBodySize + sizes.responseHeadersSize;
  }

  private async measureScripts(): Promise<void> {
    for (const { request, response, sizes } of this.scripts.splice(0)) {
      const body = await response.body();
      const gzipBytes = gzipSync(body).length;
      // Each MapLibre worker asks for the same worker script: one file's code, counted once.
      if (!this.counts.jsFiles.some((file) => file.url === request.url())) {
        this.counts.jsRawBytes += body.length;
        this.counts.jsGzipBytes += gzipBytes;
        this.counts.jsFiles.push({ url: request.url(), rawBytes: body.length, gzipBytes });
      }
      // Playwright reports no body size for a worker's own script: its Content-Length says what was sent
      // (the build's brotli or gzip copy); without one, count it as gzip, as the host would compress it.
      const declared = Number((await response.allHeaders())['content-length']);
      const wireBody =
        sizes.responseBodySize > 0
          ? sizes.responseBodySize
          : Number.isFinite(declared) && declared > 0
            ? declared
            : gzipBytes;
      this.counts.transferredBytes += wireBody + sizes.responseHeadersSize;
    }
  }

  /** Resolves when no request is in flight and every finished one (scripts included) has been measured. */
  async quiet(timeoutMs = 120_000): Promise<void> {
    if (this.pending.size > 0) {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () =>
            reject(
              new Error(
                `requests still in flight after ${timeoutMs} ms: ${[...this.pending].map((r) => r.url()).join(', ')}`,
              ),
            ),
          timeoutMs,
        );
        this.idleWaiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    await Promise.all(this.work);
    await this.measureScripts();
  }

  totals(): ByteCounts {
    return {
      ...this.counts,
      jsFiles: [...this.counts.jsFiles],
      failedRequests: [...this.counts.failedRequests],
    };
  }
}
