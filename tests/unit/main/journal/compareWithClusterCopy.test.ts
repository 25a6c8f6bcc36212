import { describe, expect, it } from 'vitest';
import { compareWithClusterCopy, type ClusterCopy } from '../../../../src/main/journal/clusterCopy';

const copy = (seq: number, id: string, extra: Partial<ClusterCopy> = {}): ClusterCopy => ({
  last: { seq, id },
  copies: seq,
  repeated: [],
  ...extra,
});
const compare = (localLines: number, cluster: ClusterCopy, localIdAtCopyEnd: string | null = null) =>
  compareWithClusterCopy({ workstation: 'ws-1', localLines, copy: cluster, localIdAtCopyEnd });

describe('compareWithClusterCopy', () => {
  it('agrees when the copy ends at a line of this file with the same id', () => {
    expect(compare(5, copy(5, 'id-5'), 'id-5')).toEqual({
      agrees: true,
      message: `The cluster's copy agrees: its last line of workstation "ws-1" is line 5 of this file.`,
    });
  });

  it('agrees when the last lines were not copied yet, and says how many', () => {
    const result = compare(7, copy(5, 'id-5'), 'id-5');
    expect(result.agrees).toBe(true);
    expect(result.message).toContain('The 2 lines after it are not on the cluster');
  });

  it('names the lines cut off the end of the file', () => {
    expect(compare(3, copy(5, 'id-5'))).toEqual({
      agrees: false,
      message: `The cluster's copy holds lines up to 5 of workstation "ws-1"; this file ends at line 3: lines 4 to 5 were removed from its end.`,
    });
    expect(compare(4, copy(5, 'id-5')).message).toContain('line 5 was removed from its end');
    expect(compare(0, copy(1, 'id-1')).agrees).toBe(false);
  });

  it('says the file is another chain when its line of that number has another id', () => {
    const result = compare(5, copy(5, 'id-5'), 'other');
    expect(result.agrees).toBe(false);
    expect(result.message).toContain('this file is not the chain that was copied');
  });

  it('names line numbers held twice: the file was cut back and written on', () => {
    const named = compare(5, copy(5, 'id-5', { copies: 7, repeated: [4, 5] }), 'id-5');
    expect(named.agrees).toBe(false);
    expect(named.message).toContain('two different lines numbered 4, 5');
    // More copies than line numbers, even where the count alone shows it.
    expect(compare(5, copy(5, 'id-5', { copies: 6 }), 'id-5').agrees).toBe(false);
  });

  it('has nothing to compare when the cluster holds no line of this workstation', () => {
    const result = compare(5, { last: null, copies: 0, repeated: [] });
    expect(result).toEqual({
      agrees: true,
      message: `The cluster's journal index holds no line of workstation "ws-1": nothing to compare.`,
    });
  });
});
