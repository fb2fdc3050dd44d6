// Property-based tests: random schedules of edits, commits and merges on 2 to 4 replicas converge.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defineModel,
  HybridClock,
  IntegerAttribute,
  LatestStrategy,
  ListAttribute,
  MaxStrategy,
  ModelRegistry,
  StringAttribute,
  type ModelInstance,
} from '@project-hub/dronestore';
import { UnionStrategy } from '../../src/demos/dronestore/union-strategy.ts';
import { ManualClock } from './_fixtures.ts';

const attributes = {
  title: new StringAttribute({ strategy: LatestStrategy }),
  body: new StringAttribute(), // LatestObjectStrategy
  score: new IntegerAttribute({ strategy: MaxStrategy }),
  tags: new ListAttribute({ item: new StringAttribute(), strategy: UnionStrategy }),
};
const Note = defineModel('Note', attributes, { registry: new ModelRegistry() });
type Note = ModelInstance<typeof attributes>;

type Op =
  | { kind: 'edit'; at: number; field: 'title' | 'body'; value: string }
  | { kind: 'score'; at: number; value: number }
  | { kind: 'tags'; at: number; value: string[] }
  | { kind: 'commit'; at: number }
  | { kind: 'merge'; at: number; from: number }
  | { kind: 'tick'; at: number; ms: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('edit' as const),
    at: fc.nat(3),
    field: fc.constantFrom('title' as const, 'body' as const),
    value: fc.constantFrom('a', 'b', 'c', ''),
  }),
  fc.record({
    kind: fc.constant('score' as const),
    at: fc.nat(3),
    value: fc.integer({ min: -3, max: 3 }),
  }),
  fc.record({
    kind: fc.constant('tags' as const),
    at: fc.nat(3),
    value: fc.array(fc.constantFrom('x', 'y', 'z'), { maxLength: 3 }),
  }),
  fc.record({ kind: fc.constant('commit' as const), at: fc.nat(3) }),
  fc.record({ kind: fc.constant('merge' as const), at: fc.nat(3), from: fc.nat(3) }),
  fc.record({
    kind: fc.constant('tick' as const),
    at: fc.nat(3),
    ms: fc.integer({ min: 0, max: 50 }),
  }),
);

type ClockMode = 'random' | 'equal' | 'skewed';

const scenarioArb = fc.record({
  replicas: fc.integer({ min: 2, max: 4 }),
  offsets: fc.array(fc.integer({ min: -100_000, max: 100_000 }), { minLength: 4, maxLength: 4 }),
  ops: fc.array(opArb, { maxLength: 40 }),
});

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer S> ? S : never;

/** Builds the replicas and plays the schedule; clocks follow the mode. */
function play(mode: ClockMode, scenario: Scenario): { notes: Note[]; clocks: ManualClock[] } {
  const start = 1_000_000;
  const clocks = Array.from({ length: scenario.replicas }, (_, i) => {
    const skew = mode === 'skewed' ? (scenario.offsets[i] ?? 0) : 0;
    return new ManualClock(`replica-${i}`, start + skew);
  });
  const notes = clocks.map((clock) => new Note('shared', { clock }));
  notes.forEach((n) => n.commit());
  for (const op of scenario.ops) apply(op, notes, clocks, mode);
  return { notes, clocks };
}

function apply(op: Op, notes: Note[], clocks: ManualClock[], mode: ClockMode): void {
  const i = op.at % notes.length;
  const note = notes[i] as Note;
  if (op.kind === 'edit') note[op.field] = op.value;
  else if (op.kind === 'score') note.score = op.value;
  else if (op.kind === 'tags') note.tags = op.value;
  else if (op.kind === 'commit') note.commit();
  else if (op.kind === 'tick') {
    // Equal clocks never move; random and skewed ones move by the tick (skewed ones all together).
    const targets = mode === 'skewed' ? clocks : [clocks[i] as ManualClock];
    if (mode !== 'equal') targets.forEach((c) => (c.wallMs += op.ms));
  } else {
    const from = notes[op.from % notes.length] as Note;
    if (from === note) return;
    if (note.isDirty) note.commit();
    note.merge(from);
  }
}

/** Every replica merges every other's latest version (one round, in replica order). */
function syncAll(notes: Note[]): void {
  notes.forEach((n) => n.commit());
  for (const a of notes) for (const b of notes) if (a !== b) a.merge(b);
}

function content(note: Note): unknown {
  return {
    title: note.title,
    body: note.body,
    score: note.score,
    tags: note.tags,
    hash: note.version.hash,
  };
}

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

describe.each<ClockMode>(['random', 'equal', 'skewed'])('Convergence with %s clocks', (mode) => {
  it('leaves all replicas with equal values and equal hashes once each merged every other', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const { notes } = play(mode, scenario);
        syncAll(notes);
        const first = content(notes[0] as Note);
        for (const note of notes) expect(content(note)).toEqual(first);
      }),
    );
  });

  it('changes nothing when a version is merged twice', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const { notes } = play(mode, scenario);
        notes.forEach((n) => n.commit());
        const [local, remote] = [notes[0] as Note, notes[1] as Note];
        local.merge(remote);
        const after = local.version;
        expect(local.merge(remote).changed).toBe(false);
        expect(local.version).toBe(after);
      }),
    );
  });

  it('gives the same result whatever the order of merges', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const { notes } = play(mode, scenario);
        notes.forEach((n) => n.commit());
        const [local, ...others] = notes as [Note, ...Note[]];
        const results = permutations(others.map((n) => n.version)).map((order) => {
          const copy = Note.fromVersion(local.version, {
            clock: new HybridClock({ replica: local.clock.replica, wall: () => 0 }),
          });
          for (const version of order) copy.merge(version);
          return content(copy);
        });
        for (const result of results) expect(result).toEqual(results[0]);
      }),
    );
  });
});
