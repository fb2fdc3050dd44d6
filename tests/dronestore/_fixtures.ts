// Shared test fixtures: clocks with a controllable wall time, and a hello-world model type.
import {
  defineModel,
  HybridClock,
  LatestStrategy,
  ModelRegistry,
  StringAttribute,
} from '@project-hub/dronestore';

/** A clock whose wall time (ms) is whatever `wallMs` says. */
export class ManualClock extends HybridClock {
  readonly #state: { ms: number };

  constructor(replica: string, ms = 0) {
    const state = { ms };
    super({ replica, wall: () => state.ms });
    this.#state = state;
  }

  get wallMs(): number {
    return this.#state.ms;
  }

  set wallMs(ms: number) {
    this.#state.ms = ms;
  }
}

/** A manual clock for `replica`, starting at `ms`. */
export function manualClock(replica: string, ms = 0): ManualClock {
  return new ManualClock(replica, ms);
}

/** A private registry, so tests can declare types without clashing with other files. */
export const registry = new ModelRegistry();

/** The seed's hello-world model. */
export const MyModel = defineModel(
  'MyModel',
  {
    first: new StringAttribute({ strategy: LatestStrategy }),
    second: new StringAttribute({ strategy: LatestStrategy }),
  },
  { registry },
);
