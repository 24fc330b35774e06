// @vitest-environment node
// `npm start` and `npm run build` with ATLAS_CORPUS compile that folder's data first (scripts/corpus-data.mjs);
// without it they use the committed data. npm is stood in for, so nothing is built or written here.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from './support/tempFolder';

/** Runs the script with a stand-in npm that notes how it was called and answers with `status`. */
function runScript(env: Record<string, string>, status = 0) {
  const bin = tempFolder('fake-npm-');
  const calls = join(bin, 'calls.txt');
  writeFileSync(
    join(bin, 'npm'),
    `#!/bin/sh\necho "$* ATLAS_CORPUS=$ATLAS_CORPUS" >> "${calls}"\nexit ${status}\n`,
  );
  chmodSync(join(bin, 'npm'), 0o755);
  const run = spawnSync(process.execPath, ['scripts/corpus-data.mjs'], {
    env: { PATH: `${bin}:${process.env['PATH'] ?? ''}`, ...env },
    encoding: 'utf8',
  });
  return { status: run.status, calls: existsSync(calls) ? readFileSync(calls, 'utf8').trim() : null };
}

describe('the corpus data step before start and build', () => {
  it('builds the data from the folder ATLAS_CORPUS names, and fails as the build fails', () => {
    expect(runScript({ ATLAS_CORPUS: '../our-corpus' })).toEqual({
      status: 0,
      calls: 'run --silent geo:build ATLAS_CORPUS=../our-corpus',
    });
    expect(runScript({ ATLAS_CORPUS: '../our-corpus' }, 2).status).toBe(2);
  });

  it('builds nothing without ATLAS_CORPUS: the committed data is used as it is', () => {
    expect(runScript({})).toEqual({ status: 0, calls: null });
    expect(runScript({ ATLAS_CORPUS: '  ' })).toEqual({ status: 0, calls: null });
  });
});
