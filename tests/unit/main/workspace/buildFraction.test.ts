import { describe, expect, it } from 'vitest';
import { buildFraction } from '../../../../src/main/workspace/buildFraction';
import type { WorkspaceProgress } from '../../../../src/main/workspace/DemoWorkspaceStatus';

describe('buildFraction', () => {
  const cases: [WorkspaceProgress, number][] = [
    [{ phase: 'generating', done: 0, total: 42, events: 0 }, 0],
    [{ phase: 'generating', done: 21, total: 42, events: 50_000 }, 0.375],
    [{ phase: 'generating', done: 42, total: 42, events: 108_000 }, 0.75],
    [{ phase: 'generating', done: 50, total: 42, events: 108_000 }, 0.75],
    [{ phase: 'ordering', done: 0, total: 1, events: 108_000 }, 0.75],
    [{ phase: 'saving', done: 0, total: 1, events: 108_000 }, 0.95],
    [{ phase: 'saving', done: 1, total: 1, events: 108_000 }, 1],
    [{ phase: 'generating', done: 3, total: 0, events: 0 }, 0],
  ];
  it.each(cases)('%o is %d of the bar', (progress, expected) => {
    expect(buildFraction(progress)).toBe(expected);
  });
});
