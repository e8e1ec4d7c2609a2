// Pasted HTML is reduced to the minutes' schema by the editor's own parser (unknown tags, styles,
// handlers and links simply do not parse). What the parser cannot know is Word's way of writing
// lists, quotations and headings, so those are rewritten here first, in the page's own DOM.
//
// Word puts a list on the clipboard as paragraphs, not <ul>/<ol>:
//   <p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'>
//     <![if !supportLists]><span style='mso-list:Ignore'>1.<span>&nbsp;&nbsp;</span></span><![endif]>
//     The text<o:p></o:p></p>
// Left alone, that becomes a paragraph starting "1.  " or "·  ". We turn each run of such paragraphs
// into real (nested) lists, ordered or bulleted from the marker Word drew.

const listStyle = /mso-list:\s*(l\d+)\s+level(\d+)/i;
/** Markers Word draws for a numbered list: "1.", "1)", "(1)", "a.", "(a)", "iv.", "(iv)". */
const orderedMarker = /^\(?(\d+|[a-z]{1,5})[.)]/i;

export function cleanPastedHtml(html: string): string {
  const isWord = /urn:schemas-microsoft-com:office|class="?Mso|mso-list:/i.test(html);
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const body = doc.body;

  removeAll(body, 'style, meta, link, title, xml');
  removeComments(body);
  renameHeadings(body);
  if (isWord) {
    for (const element of Array.from(body.getElementsByTagName('*'))) {
      // Word's namespaced tags (<o:p>, <w:sdt>, <v:shape>) carry nothing the minutes keep but text.
      if (element.tagName.includes(':')) {
        // One node at a time: a spread of many children would overflow the call stack.
        for (const child of Array.from(element.childNodes)) element.before(child);
        element.remove();
      }
    }
    quotations(body);
    for (const parent of new Set(
      Array.from(body.querySelectorAll('p[style*="mso-list"]')).map((p) => p.parentElement!),
    ))
      lists(parent);
    dropBlankParagraphs(body);
  }
  return body.innerHTML;
}

function removeAll(root: Element, selector: string) {
  for (const element of Array.from(root.querySelectorAll(selector))) element.remove();
}

function removeComments(root: Element) {
  // Word's <![if !supportLists]> and <![endif]> parse as comments too.
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
}

/** The minutes have two heading levels (3 and 4): larger headings become 3, smaller become 4. */
function renameHeadings(root: Element) {
  for (const heading of Array.from(root.querySelectorAll('h1, h2, h5, h6'))) {
    const level = heading.tagName === 'H1' || heading.tagName === 'H2' ? 'h3' : 'h4';
    const replacement = root.ownerDocument.createElement(level);
    for (const child of Array.from(heading.childNodes)) replacement.append(child);
    heading.replaceWith(replacement);
  }
}

/** Word's Quote and Intense Quote styles: consecutive paragraphs become one quotation. */
function quotations(root: Element) {
  const quoted = Array.from(root.querySelectorAll('p.MsoQuote, p.MsoIntenseQuote'));
  let current: HTMLQuoteElement | null = null;
  for (const paragraph of quoted) {
    if (!current || previousElement(paragraph) !== current) {
      current = root.ownerDocument.createElement('blockquote');
      paragraph.before(current);
    }
    current.append(paragraph);
  }
}

function previousElement(node: Element): Element | null {
  let previous = node.previousSibling;
  while (previous && previous.nodeType === Node.TEXT_NODE && !previous.textContent?.trim())
    previous = previous.previousSibling;
  return previous instanceof Element ? previous : null;
}

interface OpenList {
  list: HTMLElement;
  level: number;
}

function lists(parent: Element) {
  const doc = parent.ownerDocument;
  let open: OpenList[] = [];
  let listId: string | null = null;
  for (const child of Array.from(parent.children)) {
    const match = child.tagName === 'P' ? listStyle.exec(child.getAttribute('style') ?? '') : null;
    if (!match) continue;
    const level = Number(match[2]);
    const marker = takeMarker(child);
    const tag = orderedMarker.test(marker) ? 'OL' : 'UL';
    // A list goes on while its paragraphs follow one another and belong to the same Word list.
    const continues = open.length > 0 && previousElement(child) === open[0]!.list && match[1] === listId;
    if (!continues) open = [];
    listId = match[1]!;
    while (open.length > 0 && open.at(-1)!.level > level) open.pop();
    let top = open.at(-1);
    if (top && top.level === level && top.list.tagName !== tag) {
      open.pop();
      top = open.at(-1);
    }
    if (!top || top.level < level) {
      const list = doc.createElement(tag.toLowerCase());
      const holder = top?.list.lastElementChild;
      if (holder) holder.append(list);
      else child.before(list);
      top = { list, level };
      open.push(top);
    }
    const item = doc.createElement('li');
    const paragraph = doc.createElement('p');
    for (const node of Array.from(child.childNodes)) paragraph.append(node);
    item.append(paragraph);
    top.list.append(item);
    child.remove();
  }
}

/** Removes the bullet or number Word drew by hand, and says what it was. */
function takeMarker(paragraph: Element): string {
  const ignored = Array.from(paragraph.querySelectorAll('span')).filter((span) =>
    /mso-list:\s*Ignore/i.test(span.getAttribute('style') ?? ''),
  );
  let marker = '';
  for (const span of ignored) {
    marker += span.firstChild?.textContent ?? span.textContent ?? '';
    let emptied: Element | null = span.parentElement;
    span.remove();
    while (emptied && emptied !== paragraph && !emptied.textContent?.trim()) {
      const up: Element | null = emptied.parentElement;
      emptied.remove();
      emptied = up;
    }
  }
  return marker.replace(/\u00a0/g, ' ').trim();
}

function dropBlankParagraphs(root: Element) {
  for (const paragraph of Array.from(root.querySelectorAll('p'))) {
    if (!paragraph.textContent?.replace(/\u00a0/g, ' ').trim() && !paragraph.querySelector('img, br'))
      paragraph.remove();
  }
}
