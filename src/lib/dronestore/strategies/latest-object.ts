// LatestObjectStrategy (the default): the attributes of the object committed later win.
import { pickLatest, stamp } from './_lww.ts';
import type { MergeStrategy } from './strategy.ts';

/**
 * Takes the remote value when the remote object was committed later. Every commit with changes
 * stamps all of these attributes with the commit's stamp; a merge keeps the stamps it takes, so
 * merging in any order gives the same result. Equal stamps go to the greater replica id.
 * @example new IntegerAttribute() // uses LatestObjectStrategy
 */
export const LatestObjectStrategy: MergeStrategy = Object.freeze<MergeStrategy>({
  name: 'LatestObjectStrategy',
  onCommit: stamp,
  merge: (local, remote) => pickLatest(local, remote, 'object committed'),
});
