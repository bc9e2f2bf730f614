import { sql } from '@codemirror/lang-sql';
import { Compartment, EditorState, Prec } from '@codemirror/state';
import { EditorView, hoverTooltip, keymap, placeholder } from '@codemirror/view';
import { basicSetup } from 'codemirror';
import type { CatalogObject, FunctionInfo } from '../db/console/console-catalog.ts';
import { splitStatements, statementAt } from '../db/console/split-statements.ts';
import { DuckDB } from './duckdb-dialect.ts';
import { errorMarkExtension, setErrorMark, type ErrorMark } from './error-mark.ts';
import { catalogNamespace, columnSource, docAt, functionSource } from './sql-completions.ts';

export interface SqlEditorOptions {
  parent: HTMLElement;
  doc: string;
  label: string;
  placeholder: string;
  onRunCurrent: () => void;
  onRunAll: () => void;
  onChange: (doc: string) => void;
  getCatalog: () => readonly CatalogObject[];
  getFunctions: () => readonly FunctionInfo[];
}

/** Text to run and where it starts in the document (to map DuckDB's error positions back). */
export interface RunTarget {
  text: string;
  offset: number;
}

export interface SqlEditor {
  readonly view: EditorView;
  /** The selection when there is one, else the statement at the cursor. */
  currentTarget(): RunTarget | null;
  setCatalog(objects: readonly CatalogObject[]): void;
  setDoc(text: string): void;
  insertAtCursor(text: string): void;
  markError(mark: ErrorMark | null): void;
  destroy(): void;
}

const theme = EditorView.theme({
  '&': { fontSize: '14px', backgroundColor: '#fff', height: '100%' },
  '.cm-scroller': {
    fontFamily:
      "ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'Noto Sans Mono CJK SC', var(--font-cjk), monospace",
    lineHeight: '1.55',
  },
  '.cm-content': { padding: '6px 0' },
  '.cm-gutters': { backgroundColor: '#f9fafb', borderRight: '1px solid #e5e7eb', color: '#9ca3af' },
  '.cm-tooltip.cm-tooltip-autocomplete > ul': { fontFamily: 'inherit', maxHeight: '16em' },
  '.cm-tooltip': { fontSize: '13px' },
  '.cm-completionInfo': { maxWidth: '28em', whiteSpace: 'pre-wrap' },
  '.cm-sql-doc': { padding: '4px 8px', maxWidth: '32em', fontFamily: 'var(--font-cjk)' },
  // Letter badges instead of CodeMirror's emoji icons, which many intranet machines lack fonts for.
  '.cm-completionIcon': {
    width: '1.3em',
    marginRight: '0.4em',
    fontSize: '10px',
    fontWeight: '700',
    textAlign: 'center',
    borderRadius: '3px',
    opacity: '1',
    paddingRight: '0',
  },
  '.cm-completionIcon-keyword::after': { content: '"K"', color: '#7c3aed' },
  '.cm-completionIcon-type::after': { content: '"T"', color: '#1d4ed8' },
  '.cm-completionIcon-interface::after': { content: '"V"', color: '#0f766e' },
  '.cm-completionIcon-property::after': { content: '"c"', color: '#b45309' },
  '.cm-completionIcon-function::after': { content: '"ƒ"', color: '#15803d' },
  '.cm-completionIcon-variable::after, .cm-completionIcon-constant::after': {
    content: '"·"',
    color: '#6b7280',
  },
  '.cm-completionDetail': { color: '#9ca3af', fontStyle: 'normal', marginLeft: '0.8em' },
});

function languageFor(objects: readonly CatalogObject[]) {
  return sql({ dialect: DuckDB, schema: catalogNamespace(objects), upperCaseKeywords: true });
}

/** A CodeMirror 6 SQL editor with DuckDB highlighting, live-catalog completion and error marks. */
export function createSqlEditor(options: SqlEditorOptions): SqlEditor {
  const language = new Compartment();
  const docs = hoverTooltip((view, pos) => {
    const text = docAt(view.state.doc.toString(), pos, options.getCatalog());
    if (!text) return null;
    return {
      pos,
      create: () => {
        const dom = document.createElement('div');
        dom.className = 'cm-sql-doc';
        dom.textContent = text;
        return { dom };
      },
    };
  });
  const run = Prec.highest(
    keymap.of([
      { key: 'Mod-Enter', run: () => (options.onRunCurrent(), true) },
      { key: 'Shift-Mod-Enter', run: () => (options.onRunAll(), true) },
    ]),
  );
  const view = new EditorView({
    parent: options.parent,
    state: EditorState.create({
      doc: options.doc,
      extensions: [
        run,
        basicSetup,
        language.of(languageFor(options.getCatalog())),
        DuckDB.language.data.of({ autocomplete: columnSource(options.getCatalog) }),
        DuckDB.language.data.of({ autocomplete: functionSource(options.getFunctions) }),
        docs,
        errorMarkExtension(),
        placeholder(options.placeholder),
        EditorView.lineWrapping,
        theme,
        EditorView.contentAttributes.of({ 'aria-label': options.label }),
        EditorView.updateListener.of((u) => {
          if (u.docChanged) options.onChange(u.state.doc.toString());
        }),
      ],
    }),
  });

  return {
    view,
    currentTarget() {
      const { state } = view;
      const sel = state.selection.main;
      if (!sel.empty) return { text: state.sliceDoc(sel.from, sel.to), offset: sel.from };
      const doc = state.doc.toString();
      const statement = statementAt(splitStatements(doc), sel.head);
      return statement ? { text: statement.text, offset: statement.from } : null;
    },
    setCatalog(objects) {
      view.dispatch({ effects: language.reconfigure(languageFor(objects)) });
    },
    setDoc(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    insertAtCursor(text) {
      view.dispatch(view.state.replaceSelection(text));
      view.focus();
    },
    markError(mark) {
      view.dispatch({ effects: setErrorMark.of(mark) });
      if (mark) view.dispatch({ effects: EditorView.scrollIntoView(mark.from, { y: 'center' }) });
    },
    destroy: () => view.destroy(),
  };
}
