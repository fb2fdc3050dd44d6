// LatestStrategy: each attribute is stamped when its value changes; the later stamp wins.
import { pickLatest, stamp } from './_lww.ts';
import type { MergeStrategy } from './strategy.ts';

/**
 * Takes the remote value when its `updated` stamp is later (a default is stamped 0). Equal stamps
 * go to the greater replica id.
 * @example new StringAttribute({ strategy: LatestStrategy })
 */
export const LatestStrategy: MergeStrategy = Object.freeze<MergeStrategy>({
  name: 'LatestStrategy',
  onChange: stamp,
  merge: (local, remote) => pickLatest(local, remote, 'updated'),
});
