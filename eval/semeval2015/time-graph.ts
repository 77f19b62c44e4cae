/**
 * A temporal graph over the two relation types a timeline produces, SIMULTANEOUS and BEFORE,
 * with what their closure entails. Nodes joined by SIMULTANEOUS form one class (union-find);
 * BEFORE edges run between classes; `a BEFORE b` is entailed when a path of BEFORE edges leads
 * from a's class to b's. With only these two relations, entailment over intervals is the same as
 * over points (every interval can shrink to a point), so this small graph computes the same
 * closure as the interval-endpoint Timegraph of the TempEval-3 scorer, without its chains.
 */
export type RelType = 'SIMULTANEOUS' | 'BEFORE';

export interface Relation {
  readonly from: string;
  readonly to: string;
  readonly type: RelType;
}

/** What adding a relation did: it was new, already entailed, or contradicted by the graph. */
export type AddOutcome = 'added' | 'entailed' | 'violated';

export interface TimeGraph {
  /** Adds a relation unless the graph already entails or contradicts it; says which. */
  readonly add: (r: Relation) => AddOutcome;
  /** True when the closure of the relations added so far entails `r`. */
  readonly entails: (r: Relation) => boolean;
}

/**
 * An empty graph. Queries cost one breadth-first search over the classes (timelines have at
 * most a few hundred events, so this is cheap and has no quadratic closure table).
 *
 * @example const g = timeGraph(); g.add({ from: 'a', to: 'b', type: 'BEFORE' }); g.add({ from: 'b', to: 'c', type: 'BEFORE' });
 * g.entails({ from: 'a', to: 'c', type: 'BEFORE' }) // true
 */
export function timeGraph(): TimeGraph {
  const parent = new Map<string, string>();
  const after = new Map<string, Set<string>>();

  const find = (x: string): string => {
    let root = x;
    for (let p = parent.get(root); p !== undefined && p !== root; p = parent.get(root)) root = p;
    // Path compression keeps later look-ups flat.
    let y = x;
    let next = parent.get(y);
    while (next !== undefined && next !== root) {
      parent.set(y, root);
      y = next;
      next = parent.get(y);
    }
    return root;
  };
  const known = (x: string) => parent.has(x);
  const ensure = (x: string) => {
    if (!parent.has(x)) parent.set(x, x);
  };

  /** True when a BEFORE path leads from class `a` to class `b`. */
  const reaches = (a: string, b: string): boolean => {
    const seen = new Set<string>([a]);
    const queue = [a];
    for (let i = 0; i < queue.length; i++) {
      for (const next of after.get(queue[i] ?? '') ?? []) {
        const root = find(next);
        if (root === b) return true;
        if (!seen.has(root)) {
          seen.add(root);
          queue.push(root);
        }
      }
    }
    return false;
  };

  const entails = (r: Relation): boolean => {
    if (!known(r.from) || !known(r.to)) return false;
    const a = find(r.from);
    const b = find(r.to);
    return r.type === 'SIMULTANEOUS' ? a === b : a !== b && reaches(a, b);
  };

  const add = (r: Relation): AddOutcome => {
    if (r.from === r.to) return r.type === 'SIMULTANEOUS' ? 'entailed' : 'violated';
    ensure(r.from);
    ensure(r.to);
    if (entails(r)) return 'entailed';
    const a = find(r.from);
    const b = find(r.to);
    if (r.type === 'BEFORE') {
      if (a === b || reaches(b, a)) return 'violated';
      const out = after.get(a) ?? new Set<string>();
      out.add(b);
      after.set(a, out);
      return 'added';
    }
    if (reaches(a, b) || reaches(b, a)) return 'violated';
    parent.set(b, a);
    const merged = new Set([...(after.get(a) ?? []), ...(after.get(b) ?? [])]);
    after.set(a, merged);
    after.delete(b);
    return 'added';
  };

  return Object.freeze({ add, entails });
}
