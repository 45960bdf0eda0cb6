/**
 * calibrate() in this thread, with a tiny synthetic calibration: what it does when the results cannot be
 * written as they should.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { calibrate } from '../../src/api/calibrate.js';
import { InputError } from '../../src/core/inputError.js';

// A writer fault, as the one that wrote `description: ... "shanxi: v2" ...` unquoted.
const writerFault = vi.hoisted(() => ({ on: false }));
vi.mock('../../src/calibration/calibratedYaml.js', async (original) => {
  const real = await original<typeof import('../../src/calibration/calibratedYaml.js')>();
  return { ...real, calibratedYaml: (input: Parameters<typeof real.calibratedYaml>[0]) => {
    const text = real.calibratedYaml(input);
    return writerFault.on ? text.replace(/^description: .*$/m, `description: calibration ${input.calibrationName}`) : text;
  } };
});

const tmp = mkdtempSync(join(tmpdir(), 'urbanize-calibrate-api-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const TINY = `name: "shanxi: v2"
scale: 4000
seed: 11
population: 12
generations: 2
maxEvaluations: 30
workers: 0
parameters:
  movePropensity: { prior: uniform, min: 0.5, max: 2.5 }
targets:
  - { metric: urban_rate, level: province, year: 2012, role: fit, tolerance: 0.2 }
synthetic:
  params: { movePropensity: 1.3 }
  seed: 99
`;

describe('calibrate', () => {
  // Regression: a calibrated.yaml that does not parse was written and the command exited 0.
  it('keeps the posterior and never writes a calibrated.yaml that would not load', async () => {
    const file = join(tmp, 'c.yaml');
    writeFileSync(file, TINY);
    const out = join(tmp, 'faulty');
    writerFault.on = true;
    try {
      await expect(calibrate(file, { out })).rejects.toThrow(/^calibrated\.yaml not written: its text does not read back as a scenario \(calibrated\.yaml:\d+:\d+: Nested mappings are not allowed.*the posterior sample is in .*posterior\.csv and the text in .*calibrated\.yaml\.rejected$/);
    } finally {
      writerFault.on = false;
    }
    expect(existsSync(join(out, 'calibrated.yaml'))).toBe(false);
    expect(readFileSync(join(out, 'posterior.csv'), 'utf8')).toMatch(/^particle,weight,distance,movePropensity\n/);
    expect(readFileSync(join(out, 'calibrated.yaml.rejected'), 'utf8')).toMatch(/^params:\n {2}movePropensity: [\d.]+$/m);
  });

  it('writes a calibrated.yaml that loads, whatever the name', async () => {
    const file = join(tmp, 'c.yaml');
    writeFileSync(file, TINY);
    const r = await calibrate(file, { out: join(tmp, 'ok') });
    expect(readFileSync(r.files[0], 'utf8')).toMatch(/^description: .*"shanxi: v2".*$/m);
  });

  // Regression: a bad `output:` was reported by its resolved path alone, without saying it came from the file.
  it('names the output: field and its line when the folder from the file cannot be used', async () => {
    const file = join(tmp, 'out.yaml');
    writeFileSync(file, `${TINY}output: c.yaml\n`);
    const error = await calibrate(file).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(new RegExp(`^output: c\\.yaml \\(${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:15\\): .*c\\.yaml: exists and is not a folder`));
  });
});
