// Building the two pages and serving them with `vite preview`, each in its own process group so the
// whole tree (npx shims included, if any) is stopped with one signal and nothing is left listening.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

const VITE_BIN = 'node_modules/vite/bin/vite.js';
/** The bare MapLibre page's own vite config (it builds into dist-bench-baseline/). */
export const BASELINE_CONFIG = 'bench/baseline/vite.config.ts';
/** The light page (bare MapLibre, Natural Earth 110m countries only; it builds into dist-bench-light/). */
export const LIGHT_CONFIG = 'bench/light/vite.config.ts';
/** Ports the tests, screenshots and other checkouts use; the bench never takes them. */
const RESERVED_PORTS = new Set([4173, 4175, 4179, 4180, 5173]);

/** Runs `vite build` with the given arguments and fails loudly with its output if it fails. */
export async function viteBuild(args: readonly string[]): Promise<void> {
  const child = spawn(process.execPath, [VITE_BIN, 'build', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', resolve);
  });
  if (code !== 0) throw new Error(`vite build ${args.join(' ')} failed (exit ${code}):\n${output}`);
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/** The first free port at or after `from`, skipping `taken` and the ports other tools use. */
export async function findFreePort(from: number, taken: ReadonlySet<number> = new Set()): Promise<number> {
  for (let port = from; port < from + 100; port += 1) {
    if (RESERVED_PORTS.has(port) || taken.has(port)) continue;
    if (await isPortFree(port)) return port;
  }
  throw new Error(`no free port in ${from}..${from + 99}`);
}

export type PreviewServer = { origin: string; stop: () => void };

/**
 * Starts `vite preview` on 127.0.0.1 and resolves once it prints its address (it listens by then),
 * so there is no polling and no fixed wait.
 */
export async function startPreview(options: {
  port: number;
  configArgs: readonly string[];
}): Promise<PreviewServer> {
  const { port, configArgs } = options;
  const child: ChildProcess = spawn(
    process.execPath,
    [VITE_BIN, 'preview', ...configArgs, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  const origin = `http://127.0.0.1:${port}`;
  const stop = () => {
    if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`vite preview on port ${port} did not start within 30 s:\n${output}`));
    }, 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(origin)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`vite preview on port ${port} exited (code ${code}):\n${output}`));
    });
  });
  // Keep draining its output so a chatty server never blocks on a full pipe.
  child.stdout?.resume();
  child.stderr?.resume();
  return { origin, stop };
}
