// Opens the datastore the relay keeps history in, as TEXCHAT_STORE names it.
import { DictDatastore, type Datastore } from '@project-hub/datastore';
import type { StoreSpec } from './config.ts';
import { RelayConfigError } from './errors.ts';

/** Opens the store of `spec`. */
export async function openStore(spec: StoreSpec): Promise<Datastore> {
  if (spec.kind === 'memory') return new DictDatastore();
  throw new RelayConfigError(
    'TEXCHAT_STORE',
    `${spec.kind}:${spec.path}`,
    'this build has no persistent backend yet; use memory',
  );
}
