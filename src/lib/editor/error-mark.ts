import { RangeSet, StateEffect, StateField, type Extension } from '@codemirror/state';
import { Decoration, EditorView, gutter, GutterMarker, type DecorationSet } from '@codemirror/view';

/** Where DuckDB said a statement went wrong, in editor offsets. */
export interface ErrorMark {
  from: number;
  to: number;
  message: string;
}

export const setErrorMark = StateEffect.define<ErrorMark | null>();

class ErrorGutterMarker extends GutterMarker {
  constructor(readonly message: string) {
    super();
  }
  override eq(other: ErrorGutterMarker): boolean {
    return other.message === this.message;
  }
  override toDOM(): Node {
    const el = document.createElement('span');
    el.className = 'cm-sql-error-dot';
    el.textContent = '●';
    el.title = this.message;
    return el;
  }
}

interface MarkState {
  decorations: DecorationSet;
  markers: RangeSet<GutterMarker>;
  mark: ErrorMark | null;
}

const EMPTY: MarkState = { decorations: Decoration.none, markers: RangeSet.empty, mark: null };

const errorField = StateField.define<MarkState>({
  create: () => EMPTY,
  update(value, tr) {
    for (const effect of tr.effects) {
      if (!effect.is(setErrorMark)) continue;
      const mark = effect.value;
      if (!mark) return EMPTY;
      const length = tr.state.doc.length;
      const from = Math.min(mark.from, length);
      const to = Math.min(Math.max(mark.to, from + 1), length);
      const line = tr.state.doc.lineAt(from);
      return {
        mark,
        decorations:
          to > from
            ? Decoration.set([
                Decoration.mark({ class: 'cm-sql-error', attributes: { title: mark.message } }).range(
                  from,
                  to,
                ),
              ])
            : Decoration.none,
        markers: RangeSet.of([new ErrorGutterMarker(mark.message).range(line.from)]),
      };
    }
    // Any edit makes the position stale; the mark goes until the next run.
    return tr.docChanged ? EMPTY : value;
  },
  provide: (field) => EditorView.decorations.from(field, (v) => v.decorations),
});

/** A red wavy underline at the error and a dot in a gutter on its line; cleared by the next edit. */
export function errorMarkExtension(): Extension {
  return [
    errorField,
    gutter({
      class: 'cm-sql-error-gutter',
      markers: (view) => view.state.field(errorField).markers,
    }),
    EditorView.baseTheme({
      '.cm-sql-error': {
        textDecoration: 'underline wavy #dc2626',
        textUnderlineOffset: '3px',
        backgroundColor: 'rgba(220, 38, 38, 0.08)',
      },
      '.cm-sql-error-gutter': { width: '1em' },
      '.cm-sql-error-dot': { color: '#dc2626', fontSize: '0.8em', cursor: 'default' },
    }),
  ];
}

/** The mark currently shown, for tests and the error panel. */
export function currentErrorMark(view: EditorView): ErrorMark | null {
  return view.state.field(errorField, false)?.mark ?? null;
}
