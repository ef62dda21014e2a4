import { applyPatches, enablePatches, type Patch } from 'immer';
import { describe, expect, it } from 'vitest';
import { compactReplacePatches } from '../../../../shared/domain/compact-patches';

enablePatches();

describe('compactReplacePatches', () => {
  it('keeps only the last replace of each path, with the same result', () => {
    const patches: Patch[] = [
      { op: 'replace', path: ['client'], value: 'A' },
      { op: 'replace', path: ['period', 'end'], value: '2027-01-31' },
      { op: 'replace', path: ['client'], value: 'Ac' },
      { op: 'replace', path: ['client'], value: 'Acme' },
    ];
    const compacted = compactReplacePatches(patches);
    expect(compacted).toHaveLength(2);
    const base = { client: '', period: { start: '2027-01-01', end: '2027-01-02' } };
    expect(applyPatches(base, compacted)).toEqual(applyPatches(base, patches));
  });

  it('leaves a list with adds or removes untouched', () => {
    const patches: Patch[] = [
      { op: 'add', path: ['people', 0], value: { id: 'a' } },
      { op: 'replace', path: ['people', 0], value: { id: 'b' } },
    ];
    expect(compactReplacePatches(patches)).toEqual(patches);
  });
});
