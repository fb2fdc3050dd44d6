// The demo's shared object: a note whose four attributes merge by four different strategies.
import {
  defineModel,
  IntegerAttribute,
  LatestObjectStrategy,
  LatestStrategy,
  ListAttribute,
  MaxStrategy,
  StringAttribute,
  TextAttribute,
  type ModelInstance,
} from '@project-hub/dronestore';
import { UnionStrategy } from './union-strategy.ts';

const attributes = {
  title: new StringAttribute({ strategy: LatestStrategy }),
  body: new TextAttribute({ strategy: LatestObjectStrategy }),
  priority: new IntegerAttribute({ strategy: MaxStrategy, default: 0 }),
  tags: new ListAttribute({ item: new StringAttribute(), strategy: UnionStrategy }),
};

/** The note model: title (Latest), body (LatestObject), priority (Max), tags (union). */
export const Note = defineModel('DemoNote', attributes);

/** An instance of the demo's note. */
export type NoteInstance = ModelInstance<typeof attributes>;

/** The editable fields, in display order. */
export const FIELDS = ['title', 'body', 'priority', 'tags'] as const;

/** One of the editable fields. */
export type Field = (typeof FIELDS)[number];

/** The name of the one shared note. */
export const NOTE_NAME = 'shopping';
