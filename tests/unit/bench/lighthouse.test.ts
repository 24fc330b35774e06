import { describe, expect, it } from 'vitest';
import {
  readLighthouseReport,
  renderLighthouse,
  summariseLighthouse,
  type LighthouseRun,
} from '../../../bench/lib/lighthouse';

/** A Lighthouse JSON report cut down to what the bench reads. */
const report = (performance: number, tbtMs: number, robotsScore = 1) => ({
  categories: {
    performance: {
      score: performance,
      auditRefs: [
        { id: 'total-blocking-time', weight: 30 },
        { id: 'unused-javascript', weight: 0 },
      ],
    },
    accessibility: { score: 1, auditRefs: [{ id: 'color-contrast', weight: 7 }] },
    'best-practices': { score: 1, auditRefs: [{ id: 'errors-in-console', weight: 1 }] },
    seo: {
      score: robotsScore === 1 ? 1 : 0.92,
      auditRefs: [
        { id: 'robots-txt', weight: 1 },
        { id: 'structured-data', weight: 0 },
      ],
    },
  },
  audits: {
    'first-contentful-paint': { score: 1, numericValue: 600 },
    'largest-contentful-paint': { score: 0.9, numericValue: 1200 },
    'total-blocking-time': { score: 0.1, numericValue: tbtMs },
    'speed-index': { score: 0.8, numericValue: 1500 },
    'cumulative-layout-shift': { score: 1, numericValue: 0.007 },
    'unused-javascript': { score: 0.5 },
    'color-contrast': { score: 1 },
    'errors-in-console': { score: 1 },
    'robots-txt': { score: robotsScore },
    'structured-data': { score: null },
  },
});

describe('reading a Lighthouse report', () => {
  it('gives each category as a whole score and the metrics in milliseconds', () => {
    const run = readLighthouseReport(report(0.654, 1157));
    expect(run.scores).toEqual({ performance: 65, accessibility: 100, 'best-practices': 100, seo: 100 });
    expect(run.metrics).toEqual({ fcpMs: 600, lcpMs: 1200, tbtMs: 1157, speedIndexMs: 1500, cls: 0.007 });
    expect(run.failing).toEqual([]);
  });

  it('names a failed audit that counts outside performance, not an unweighted or a performance one', () => {
    expect(readLighthouseReport(report(0.65, 1000, 0)).failing).toEqual(['robots-txt']);
  });
});

describe('Lighthouse over several runs', () => {
  const runs: LighthouseRun[] = [
    readLighthouseReport(report(0.6, 1900)),
    readLighthouseReport(report(0.67, 900, 0)),
    readLighthouseReport(report(0.57, 4400)),
  ];

  it('takes the median of each score and metric, and every audit that failed in any run', () => {
    const summary = summariseLighthouse('desktop', runs);
    expect(summary.scores.performance).toBe(60);
    expect(summary.metrics.tbtMs).toBe(1900);
    expect(summary.failing).toEqual(['robots-txt']);
  });

  it('judges each score against its target for the form factor in the printed table', () => {
    const table = renderLighthouse([
      summariseLighthouse('desktop', runs),
      {
        ...summariseLighthouse('mobile', runs),
        scores: { performance: 70, accessibility: 100, 'best-practices': 99, seo: 100 },
      },
    ]);
    const [, , desktop, mobile, failing] = table.split('\n');
    expect(desktop).toContain('60 (≥ 85: **miss**)');
    expect(mobile).toContain('70 (≥ 70: pass)');
    expect(mobile).toContain('99 (≥ 100: **miss**)');
    expect(failing).toBe('Audits not passed (accessibility, best practices, SEO): robots-txt');
  });
});
