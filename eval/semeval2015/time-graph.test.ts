import { describe, expect, it } from 'vitest';
import { timeGraph } from './time-graph.js';
import type { Relation, RelType } from './time-graph.js';

const rel = (from: string, type: RelType, to: string): Relation => ({ from, to, type });

describe('timeGraph', () => {
  it.each<[string, Relation[], Relation, boolean]>([
    [
      'BEFORE is transitive',
      [rel('a', 'BEFORE', 'b'), rel('b', 'BEFORE', 'c')],
      rel('a', 'BEFORE', 'c'),
      true,
    ],
    ['BEFORE is not symmetric', [rel('a', 'BEFORE', 'b')], rel('b', 'BEFORE', 'a'), false],
    ['SIMULTANEOUS is symmetric', [rel('a', 'SIMULTANEOUS', 'b')], rel('b', 'SIMULTANEOUS', 'a'), true],
    [
      'SIMULTANEOUS passes BEFORE on',
      [rel('a', 'SIMULTANEOUS', 'b'), rel('b', 'BEFORE', 'c'), rel('c', 'SIMULTANEOUS', 'd')],
      rel('a', 'BEFORE', 'd'),
      true,
    ],
    [
      'a class merged later keeps its edges',
      [rel('a', 'BEFORE', 'b'), rel('c', 'BEFORE', 'd'), rel('b', 'SIMULTANEOUS', 'c')],
      rel('a', 'BEFORE', 'd'),
      true,
    ],
    [
      'unrelated nodes are not ordered',
      [rel('a', 'BEFORE', 'b'), rel('a', 'BEFORE', 'c')],
      rel('b', 'BEFORE', 'c'),
      false,
    ],
    ['an unknown node entails nothing', [rel('a', 'BEFORE', 'b')], rel('a', 'BEFORE', 'z'), false],
  ])('%s', (_name, given, query, expected) => {
    const graph = timeGraph();
    for (const r of given) graph.add(r);
    expect(graph.entails(query)).toBe(expected);
  });

  it('tells new, entailed and contradicting relations apart', () => {
    const graph = timeGraph();
    expect(graph.add(rel('a', 'BEFORE', 'b'))).toBe('added');
    expect(graph.add(rel('b', 'BEFORE', 'c'))).toBe('added');
    expect(graph.add(rel('a', 'BEFORE', 'c'))).toBe('entailed');
    expect(graph.add(rel('c', 'BEFORE', 'a'))).toBe('violated');
    expect(graph.add(rel('a', 'SIMULTANEOUS', 'c'))).toBe('violated');
    // A violated relation is left out: the graph still orders a before c.
    expect(graph.entails(rel('a', 'BEFORE', 'c'))).toBe(true);
  });
});
