// The one rich-text editor: an item's minutes, a decision's clauses, an item's report and a
// post-meeting update, all in the schema shared/richText.ts accepts (paragraphs, lists, quotations,
// sub-headings, bold and italic).
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { memo, useEffect } from 'react';
import StarterKit from '@tiptap/starter-kit';
import type { RichDoc } from '../../shared/richText';
import { cleanPastedHtml } from './pasteCleaning';
import { limitPastedNesting } from './pasteNesting';
import { revealParagraph, SearchHighlight } from './searchHighlight';

/** Only what the record uses: the same nodes and marks shared/richText.ts accepts. */
export const richTextExtensions = [
  StarterKit.configure({
    heading: { levels: [3, 4] },
    code: false,
    codeBlock: false,
    strike: false,
    underline: false,
    link: false,
    horizontalRule: false,
  }),
  // A search hit's paragraph, highlighted without touching the document.
  SearchHighlight,
];

interface RichTextEditorProps {
  /** The editor's accessible name ("Minutes of item 4, Budget"). */
  label: string;
  /** Shown above the editor ("Minutes"); the accessible name stays `label`, which says which item. */
  visibleLabel?: string;
  /** Shown in the empty editor, and given to screen readers as its placeholder. */
  placeholder?: string;
  initial: RichDoc;
  /**
   * Called after each change. Given a function rather than the document: reading a long document
   * (getJSON) costs milliseconds, so it is read only when it is saved, not at every keystroke. The
   * second reads ProseMirror's document itself, for saving only the blocks that changed.
   */
  onChange: (read: () => RichDoc, node: () => ProseMirrorNode) => void;
  /** A clause is short: no toolbar (the shortcuts still work), and a smaller box. */
  compact?: boolean;
  autoFocus?: boolean;
  /** Approved minutes: shown, selectable, not editable. */
  readOnly?: boolean;
  /**
   * A search hit to show: the path of its paragraph in the document (as the search index gives it).
   * `onRevealed` is told once it has been shown, or found not to be there.
   */
  reveal?: readonly number[] | null;
  onRevealed?: (shown: boolean) => void;
  /** Given the editor once it exists (and null as it goes), for showing a newer text in place. */
  onEditor?: (editor: Editor | null) => void;
}

/**
 * Shows `doc` (another window's newer save) in place of what the editor holds, changing only the
 * part that differs, so the caret, the selection and the scroll stay where they were wherever that
 * part is not theirs. Not a change of the officer's: nothing is saved for it and Undo passes over it.
 */
export function showNewerText(editor: Editor, doc: RichDoc): void {
  const { state } = editor;
  const next = state.schema.nodeFromJSON(doc);
  const start = state.doc.content.findDiffStart(next.content);
  if (start === null) return;
  let { a: endBefore, b: endAfter } = state.doc.content.findDiffEnd(next.content) ?? {
    a: state.doc.content.size,
    b: next.content.size,
  };
  // Where the two ends overlap (a repeated character), the change starts where it starts.
  const overlap = start - Math.min(endBefore, endAfter);
  if (overlap > 0) {
    endBefore += overlap;
    endAfter += overlap;
  }
  const tr = state.tr.replace(start, endBefore, next.slice(start, endAfter));
  editor.view.dispatch(tr.setMeta('addToHistory', false).setMeta('preventUpdate', true));
}

/**
 * Memoised: the screen around it re-renders as saves are acknowledged; the editor (and its toolbar)
 * only when its own props change, which they do not while typing.
 */
export const RichTextEditor = memo(function RichTextEditor({
  label,
  visibleLabel,
  placeholder,
  initial,
  onChange,
  compact,
  autoFocus,
  readOnly,
  reveal,
  onRevealed,
  onEditor,
}: RichTextEditorProps) {
  const editor = useEditor({
    editable: !readOnly,
    extensions: richTextExtensions,
    content: initial,
    // The Content-Security-Policy forbids injected <style>; the styles are in styles/editor.css.
    injectCSS: false,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    autofocus: autoFocus ? 'end' : false,
    editorProps: {
      // Word's hand-drawn lists, quotations and headings become the schema's own (see pasteCleaning).
      transformPastedHTML: cleanPastedHtml,
      // Nothing deeper than the record keeps, so a paste never stops the saving (see pasteNesting).
      transformPasted: limitPastedNesting,
      attributes: {
        'aria-label': label,
        'aria-multiline': 'true',
        ...(placeholder ? { 'aria-placeholder': placeholder, 'data-placeholder': placeholder } : {}),
        ...(readOnly ? { 'aria-readonly': 'true' } : {}),
        role: 'textbox',
        class: compact ? 'minutes-editor compact' : 'minutes-editor',
      },
    },
    onUpdate: ({ editor: changed }) =>
      onChange(
        () => changed.getJSON() as RichDoc,
        () => changed.state.doc,
      ),
  });
  useEffect(() => {
    if (editor && reveal) onRevealed?.(revealParagraph(editor, reveal));
  }, [editor, reveal, onRevealed]);
  useEffect(() => {
    onEditor?.(editor);
    return () => onEditor?.(null);
  }, [editor, onEditor]);
  // Approving or reopening while the item is open changes whether it may be typed in.
  useEffect(() => {
    if (editor && editor.isEditable === Boolean(readOnly)) editor.setEditable(!readOnly);
  }, [editor, readOnly]);
  return (
    <div className="minutes">
      {visibleLabel ? (
        <p className="editor-label" aria-hidden="true">
          {visibleLabel}
        </p>
      ) : null}
      {compact ? null : <Toolbar editor={editor} />}
      <EditorContent editor={editor} />
    </div>
  );
});

function Toolbar({ editor }: { editor: Editor }) {
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      blockquote: e.isActive('blockquote'),
      heading: e.isActive('heading', { level: 3 }),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();
  const buttons: { label: string; keys: string; pressed?: boolean; disabled?: boolean; run: () => void }[] = [
    { label: 'Bold', keys: 'Control+B', pressed: active.bold, run: () => chain().toggleBold().run() },
    { label: 'Italic', keys: 'Control+I', pressed: active.italic, run: () => chain().toggleItalic().run() },
    {
      label: 'Sub-heading',
      keys: 'Control+Alt+3',
      pressed: active.heading,
      run: () => chain().toggleHeading({ level: 3 }).run(),
    },
    {
      label: 'Bullet list',
      keys: 'Control+Shift+8',
      pressed: active.bulletList,
      run: () => chain().toggleBulletList().run(),
    },
    {
      label: 'Numbered list',
      keys: 'Control+Shift+7',
      pressed: active.orderedList,
      run: () => chain().toggleOrderedList().run(),
    },
    {
      label: 'Quotation',
      keys: 'Control+Shift+B',
      pressed: active.blockquote,
      run: () => chain().toggleBlockquote().run(),
    },
    { label: 'Undo', keys: 'Control+Z', disabled: !active.canUndo, run: () => chain().undo().run() },
    { label: 'Redo', keys: 'Control+Shift+Z', disabled: !active.canRedo, run: () => chain().redo().run() },
  ];
  return (
    <div role="toolbar" aria-label="Formatting" className="toolbar">
      {buttons.map((button) => (
        <button
          key={button.label}
          type="button"
          aria-pressed={button.pressed}
          aria-disabled={button.disabled}
          aria-keyshortcuts={button.keys}
          title={`${button.label} (${button.keys.replace('Control', 'Ctrl')})`}
          // Keep the editor's selection: the button acts on it without taking focus away.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => !button.disabled && button.run()}
        >
          {button.label}
        </button>
      ))}
    </div>
  );
}
