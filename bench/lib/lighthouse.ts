// Lighthouse (the pinned 12.2.3, the last release that runs on Node 20) against the production build served
// as a real host would serve it (vite preview sends the build's brotli copies of text, build/precompress.ts),
// desktop and mobile, medians of a few runs. The CLI runs in its own process with the same Chromium the bench drives (CHROME_PATH).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { medianOf } from './stats';

const LIGHTHOUSE_CLI = 'node_modules/lighthouse/cli/index.js';
export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type LighthouseCategory = (typeof LIGHTHOUSE_CATEGORIES)[number];
export const FORM_FACTORS = ['desktop', 'mobile'] as const;
export type FormFactor = (typeof FORM_FACTORS)[number];

/** The targets: performance at least 85 on desktop and 70 on mobile, the other three at 100. */
export const LIGHTHOUSE_TARGETS: Record<FormFactor, Record<LighthouseCategory, number>> = {
  desktop: { performance: 85, accessibility: 100, 'best-practices': 100, seo: 100 },
  mobile: { performance: 70, accessibility: 100, 'best-practices': 100, seo: 100 },
};

/** The metrics behind the performance score, in milliseconds (layout shift unitless). */
const METRICS = {
  fcpMs: 'first-contentful-paint',
  lcpMs: 'largest-contentful-paint',
  tbtMs: 'total-blocking-time',
  speedIndexMs: 'speed-index',
  cls: 'cumulative-layout-shift',
} as const;
type MetricName = keyof typeof METRICS;

export type LighthouseRun = {
  scores: Record<LighthouseCategory, number | null>;
  metrics: Record<MetricName, number | null>;
  /** Audits of the four categories that did not pass, by id, so a lost 100 says why. */
  failing: string[];
  warnings: string[];
};

export type LighthouseSummary = {
  formFactor: FormFactor;
  runs: number;
  scores: Record<LighthouseCategory, number | null>;
  metrics: Record<MetricName, number | null>;
  failing: string[];
};

type Report = {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; numericValue?: number; scoreDisplayMode?: string }>;
  runWarnings?: string[];
};

/** Reads the figures the bench reports out of a Lighthouse JSON report. */
export function readLighthouseReport(report: Report): LighthouseRun {
  const scores = Object.fromEntries(
    LIGHTHOUSE_CATEGORIES.map((category) => {
      const score = report.categories[category]?.score;
      return [category, typeof score === 'number' ? Math.round(score * 100) : null];
    }),
  ) as Record<LighthouseCategory, number | null>;
  const metrics = Object.fromEntries(
    Object.entries(METRICS).map(([name, audit]) => [name, report.audits[audit]?.numericValue ?? null]),
  ) as Record<MetricName, number | null>;
  const failing = new Set<string>();
  for (const category of LIGHTHOUSE_CATEGORIES) {
    for (const ref of report.categories[category]?.auditRefs ?? []) {
      const audit = report.audits[ref.id];
      // Only scored audits that count in their category; performance's metrics are reported apart.
      if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
      if (category === 'performance') continue;
      failing.add(ref.id);
    }
  }
  return { scores, metrics, failing: [...failing].sort(), warnings: report.runWarnings ?? [] };
}

export function summariseLighthouse(
  formFactor: FormFactor,
  runs: readonly LighthouseRun[],
): LighthouseSummary {
  const pick = <K extends string>(keys: readonly K[], get: (run: LighthouseRun, key: K) => number | null) =>
    Object.fromEntries(keys.map((key) => [key, medianOf(runs.map((run) => get(run, key)))])) as Record<
      K,
      number | null
    >;
  return {
    formFactor,
    runs: runs.length,
    scores: pick(LIGHTHOUSE_CATEGORIES, (run, key) => run.scores[key]),
    metrics: pick(Object.keys(METRICS) as MetricName[], (run, key) => run.metrics[key]),
    failing: [...new Set(runs.flatMap((run) => run.failing))].sort(),
  };
}

/** One Lighthouse run of `url`, in a fresh Chromium profile. */
export async function runLighthouse(
  url: string,
  formFactor: FormFactor,
  chromePath: string,
  chromeFlags: readonly string[],
): Promise<LighthouseRun> {
  const folder = mkdtempSync(join(tmpdir(), 'risk-atlas-lighthouse-'));
  const output = join(folder, 'report.json');
  const args = [
    LIGHTHOUSE_CLI,
    url,
    '--quiet',
    '--output=json',
    `--output-path=${output}`,
    `--only-categories=${LIGHTHOUSE_CATEGORIES.join(',')}`,
    // Lighthouse's own default is mobile (a mid-range phone, simulated 4G and 4x CPU slowdown).
    ...(formFactor === 'desktop' ? ['--preset=desktop'] : []),
    // Lighthouse adds its own headless flag; the bench's other flags give WebGL through SwiftShader.
    `--chrome-flags=${chromeFlags.filter((flag) => !flag.startsWith('--headless')).join(' ')} --headless=new`,
  ];
  try {
    const child = spawn(process.execPath, args, {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, CHROME_PATH: chromePath },
    });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    const code = await new Promise<number | null>((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', resolve);
    });
    if (code !== 0) throw new Error(`lighthouse ${formFactor} ${url} failed (exit ${code}):\n${errors}`);
    return readLighthouseReport(JSON.parse(readFileSync(output, 'utf8')) as Report);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const show = (value: number | null) => (value === null ? '—' : String(value));
const ms = (value: number | null) => (value === null ? '—' : `${Math.round(value)} ms`);

/** The Lighthouse table: each category's median score against its target, and the metrics behind it. */
export function renderLighthouse(summaries: readonly LighthouseSummary[]): string {
  const lines = [
    '| Lighthouse (median) | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS |',
  ];
  lines.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const s of summaries) {
    const target = LIGHTHOUSE_TARGETS[s.formFactor];
    const cell = (category: LighthouseCategory) => {
      const score = s.scores[category];
      const verdict = score === null ? 'no score' : score >= target[category] ? 'pass' : '**miss**';
      return `${show(score)} (≥ ${target[category]}: ${verdict})`;
    };
    lines.push(
      `| ${s.formFactor}, ${s.runs} runs | ${cell('performance')} | ${cell('accessibility')} | ${cell('best-practices')} | ${cell('seo')} | ${ms(s.metrics.fcpMs)} | ${ms(s.metrics.lcpMs)} | ${ms(s.metrics.tbtMs)} | ${s.metrics.cls === null ? '—' : s.metrics.cls.toFixed(3)} |`,
    );
  }
  const failing = [...new Set(summaries.flatMap((s) => s.failing))];
  if (failing.length > 0)
    lines.push(`Audits not passed (accessibility, best practices, SEO): ${failing.join(', ')}`);
  return lines.join('\n');
}
