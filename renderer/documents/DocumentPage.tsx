// A document model drawn as a page: the same paragraphs the Word file is written from, in order, with
// Word's own list numbers, in the house style's font. Real headings, lists and tables, so a screen
// reader reads it as the document reads.
import type { CSSProperties, ReactNode } from 'react';
import {
  ListCounter,
  listLevels,
  type Block,
  type DocumentModel,
  type ListPlace,
  type Run,
} from '../../shared/document';

interface ListNode {
  type: 'list';
  place: ListPlace;
  items: { marker: string; block: Block; children: Node[] }[];
}
type Node = { type: 'block'; block: Block } | ListNode;

const sameList = (a: ListPlace, b: ListPlace) => a.kind === b.kind && a.instance === b.instance;

/**
 * Word's list paragraphs are flat (each names its list and level); a page's lists nest. Each list
 * paragraph joins the open list it belongs to, or opens one inside the entry above it; anything
 * else closes them. The markers are counted as Word counts them.
 */
export function nest(blocks: Block[]): Node[] {
  const root: Node[] = [];
  const open: ListNode[] = [];
  const counter = new ListCounter();
  for (const block of blocks) {
    const place = block.type === 'table' ? undefined : block.list;
    if (!place) {
      open.length = 0;
      root.push({ type: 'block', block });
      continue;
    }
    while (open.length) {
      const top = open.at(-1)!;
      if (top.place.level > place.level || (top.place.level === place.level && !sameList(top.place, place)))
        open.pop();
      else break;
    }
    let list = open.at(-1);
    if (!list || list.place.level < place.level) {
      const opened: ListNode = { type: 'list', place, items: [] };
      const parent = list?.items.at(-1);
      if (parent) parent.children.push(opened);
      else root.push(opened);
      open.push(opened);
      list = opened;
    }
    list.items.push({ marker: counter.marker(place), block, children: [] });
  }
  return root;
}

function Words({ runs }: { runs: Run[] }) {
  return runs.map((run, index) => {
    const lines = run.text.split('\n');
    let content: ReactNode = lines.flatMap((line, at) => (at === 0 ? [line] : [<br key={at} />, line]));
    if (run.allCaps) content = <span className="caps">{content}</span>;
    if (run.italics) content = <em>{content}</em>;
    if (run.bold) content = <strong>{content}</strong>;
    return <span key={index}>{content}</span>;
  });
}

// The screen's own heading is the h1: the document's title is an h2 and its headings follow on.
const headingTags = ['h2', 'h3', 'h4', 'h5', 'h6'] as const;

const Marker = ({ text }: { text: string }) => (
  <>
    <span className="doc-marker">{text}</span>{' '}
  </>
);

function BlockView({ block, marker }: { block: Block; marker?: string }) {
  switch (block.type) {
    case 'heading': {
      const Tag = headingTags[block.level];
      return (
        <Tag className={`doc-heading doc-heading-${block.level}`}>
          {marker ? <Marker text={marker} /> : null}
          <Words runs={block.runs} />
        </Tag>
      );
    }
    case 'table':
      return (
        <table className="doc-table">
          <thead>
            <tr>
              {block.header.map((cell, index) => (
                <th key={index} scope="col">
                  {cell}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, index) => (
              <tr key={index}>
                {row.map((cell, at) => (
                  <td key={at}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'paragraph': {
      const paragraph = (
        <p className={block.spaceBefore ? 'doc-signature' : undefined}>
          <Words runs={block.runs} />
        </p>
      );
      return block.quote ? <blockquote className="doc-quote">{paragraph}</blockquote> : paragraph;
    }
  }
}

function NodeView({ node }: { node: Node }) {
  if (node.type === 'block') return <BlockView block={node.block} />;
  const bullet = listLevels[node.place.kind][0]?.format === 'bullet';
  const Tag = bullet ? 'ul' : 'ol';
  return (
    // Word's own markers are drawn (and read) as text, so the browser's are off; the role keeps it a
    // list for screen readers that drop it from a list without markers.
    <Tag role="list" className={`doc-list doc-level-${Math.min(node.place.level, 5)}`}>
      {node.items.map((item, index) => (
        <li key={index}>
          {item.block.type === 'heading' ? (
            <BlockView block={item.block} marker={item.marker} />
          ) : (
            <>
              <Marker text={item.marker} />
              {item.block.type === 'paragraph' ? <Words runs={item.block.runs} /> : null}
            </>
          )}
          {item.children.map((child, at) => (
            <NodeView key={at} node={child} />
          ))}
        </li>
      ))}
    </Tag>
  );
}

export function DocumentPage({ model, label }: { model: DocumentModel; label: string }) {
  const { style } = model;
  // Set through the DOM (the Content-Security-Policy allows no style attributes in markup).
  const look = {
    fontFamily: `"${style.fontFamily}", sans-serif`,
    '--doc-body': `${style.bodySize}pt`,
    '--doc-heading': `${style.headingSize}pt`,
  } as CSSProperties;
  return (
    <article className="document-page" aria-label={label} style={look}>
      {model.banner.length ? (
        <header className="document-banner" aria-label="Page header, on every page">
          {model.banner.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </header>
      ) : null}
      <div className="document-body">
        {nest(model.blocks).map((node, index) => (
          <NodeView key={index} node={node} />
        ))}
      </div>
    </article>
  );
}
