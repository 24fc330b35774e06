// GSHHG rivers and lakes via `gmt coast -M`. GMT stores GSHHG in bins and
// dumps each feature as bin-sized fragments (plus zero-length stubs on bin
// edges), so fragments are joined back together by their endpoints.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bboxOf, boxesOverlap, expand } from './measure.mjs';

// Fragments of one river sometimes end ~100 m apart instead of on a shared
// point. Shoreline fragments always share points exactly, and snapping them
// would fuse the two banks of narrow lake arms where they cross a bin edge.
const RIVER_ENDPOINT_SNAP_DEG = 0.002;

function region(box) {
  return `-R${box.west}/${box.east}/${box.south}/${box.north}`;
}

function gmtCoastSegments(args) {
  // gmt leaves a gmt.history file in its working directory.
  const scratch = mkdtempSync(join(tmpdir(), 'basemap-gmt-'));
  let text;
  try {
    text = execFileSync('gmt', ['coast', '-M', '-Dh', ...args], {
      cwd: scratch,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const segments = [];
  let current = null;
  for (const line of text.split('\n')) {
    if (line.startsWith('>')) {
      current = [];
      segments.push(current);
    } else if (line.trim()) {
      current.push(line.trim().split(/\s+/).map(Number));
    }
  }
  return segments.filter((s) => s.some((p) => p[0] !== s[0][0] || p[1] !== s[0][1]));
}

/**
 * Joins fragments into chains through endpoints shared by exactly two
 * fragments (within snapDeg). Returns { positions, closed } for each chain.
 */
function joinFragments(segments, snapDeg) {
  const nodes = [];
  const nodeAt = ([lon, lat]) => {
    let index = nodes.findIndex((n) => Math.abs(n[0] - lon) <= snapDeg && Math.abs(n[1] - lat) <= snapDeg);
    if (index < 0) index = nodes.push([lon, lat]) - 1;
    return index;
  };
  const ends = segments.map((s) => [nodeAt(s[0]), nodeAt(s[s.length - 1])]);
  const incident = nodes.map(() => []);
  ends.forEach(([start, end], i) => {
    incident[start].push(i);
    incident[end].push(i);
  });

  const continuation = (node, segment) =>
    incident[node].length === 2 ? incident[node].find((s) => s !== segment) : undefined;
  const otherEnd = (segment, node) => (ends[segment][0] === node ? ends[segment][1] : ends[segment][0]);

  const used = new Set();
  const chains = [];
  segments.forEach((_, first) => {
    if (used.has(first)) return;
    // Walk back to the head of the chain (or once round a closed one).
    let segment = first;
    let entry = ends[first][0];
    for (let previous = continuation(entry, segment); previous !== undefined && previous !== first;) {
      entry = otherEnd(previous, entry);
      segment = previous;
      previous = continuation(entry, segment);
    }
    const head = entry;
    const positions = [];
    while (segment !== undefined && !used.has(segment)) {
      used.add(segment);
      const forward = ends[segment][0] === entry;
      const points = forward ? segments[segment] : [...segments[segment]].reverse();
      positions.push(...(positions.length ? points.slice(1) : points));
      entry = otherEnd(segment, entry);
      segment = continuation(entry, segment);
    }
    const closed = entry === head && positions.length > 3;
    if (closed) positions[positions.length - 1] = positions[0];
    chains.push({ positions, closed });
  });
  return chains;
}

/** River polylines of one GSHHG river level (1 = permanent major … 4 = minor), inside box. */
export function riverLines(box, level) {
  return joinFragments(gmtCoastSegments([region(box), `-I${level}`]), RIVER_ENDPOINT_SNAP_DEG).map(
    (c) => c.positions,
  );
}

// Lakes are fetched from a wider region so that those crossing the box edge
// come back whole; the Volgograd reservoir reaches 1.6° past the box.
const LAKE_REGION_MARGIN_DEG = 5;

/**
 * Closed shoreline rings of one GSHHG level (2 = lake, 3 = island in a lake)
 * of at least minAreaKm2, for every such feature that reaches into box.
 */
export function shorelineRings(box, level, minAreaKm2) {
  const wider = expand(box, LAKE_REGION_MARGIN_DEG);
  const segments = gmtCoastSegments([region(wider), '-W', `-A${minAreaKm2}/${level}/${level}`]);
  const chains = joinFragments(segments, 0).filter((c) => boxesOverlap(bboxOf(c.positions), box));
  if (chains.some((c) => !c.closed)) {
    throw new Error('A GSHHG shoreline reaching into the box did not close: widen LAKE_REGION_MARGIN_DEG');
  }
  return chains.map((c) => c.positions);
}

export function gmtVersions() {
  const run = (command, args) => execFileSync(command, args, { encoding: 'utf8' }).trim();
  return {
    gmt: run('gmt', ['--version']),
    gshhg: run('dpkg-query', ['-W', '-f=${Version}', 'gmt-gshhg-high']),
  };
}
