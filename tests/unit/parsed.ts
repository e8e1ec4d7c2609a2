// Reading a parsed import structure in tests: its one item, its blocks of a kind, a node's text.
import { expect } from 'vitest';
import type { ImportItem, ImportStructure } from '../../shared/importing';
import type { RichNode } from '../../shared/richText';

/** The structure's only item (failing the test if there is not exactly one). */
export const only = (structure: ImportStructure): ImportItem => {
  expect(structure.items).toHaveLength(1);
  return structure.items[0]!;
};

export const blocksOf = (item: ImportItem, type: string): RichNode[] =>
  (item.minutes.content ?? []).filter((node) => node.type === type);

export const textOf = (node: RichNode): string =>
  node.type === 'text' ? (node.text ?? '') : (node.content ?? []).map(textOf).join(' ');
