import { describe, expect, it } from 'vitest';
import { placeSign } from '../../../src/layout/index.ts';
import { addWorkload, GiB } from '../../../src/model/index.ts';
import { sceneRefusal } from '../../../src/ui/sceneText.ts';
import { makeScenarioWith } from '../fixtures.ts';

describe('a refusal’s sign', () => {
  const full = makeScenarioWith({ hardware: 'small-board', workloads: ['web', 'api', 'worker', 'cache', 'database'] }).hosts.vms;
  const refusal = addWorkload(full, { id: 'late', kind: 'reports', size: 'two-bedroom', label: 'report 1' });

  it('names the tenant that found no room, with what it needed and what was free', () => {
    expect(refusal.ok).toBe(false);
    if (refusal.ok) return;
    const sign = sceneRefusal('vms', refusal, 1)!;
    expect(sign.detail).toMatch(/^report 1 needs .+ of memory; .+ free\.$/);
    expect(refusal.freeBytes).toBeLessThan(2 * GiB);
  });

  it('says it on one line in fewer words where the sign is narrow, never wrapping the shortest', () => {
    if (refusal.ok) return;
    const sign = sceneRefusal('vms', refusal, 1)!;
    const wide = placeSign(sign, 600, 100)!.board;
    const narrow = placeSign(sign, 300, 100)!.board;
    expect(wide.lines).toHaveLength(1);
    expect(wide.lines[0]!.text).toMatch(/^report 1/);
    expect(narrow.lines).toHaveLength(1);
    expect(narrow.lines[0]!.text).toBe(sign.shorter!.at(-1));
  });
});
