import { useId, useRef, useState } from 'react';
import { DEFAULT_EMBED, EMBED_CONTROLS, EMBED_PANELS, type EmbedOptions, type EmbedPanel } from '../../share/embedOptions';
import { embedAddress, iframeSnippet, lessonEmbedAddress, MAX_EMBED_HEIGHT, MIN_EMBED_HEIGHT } from '../../share/embedSnippet';
import { NumberField } from '../common/NumberField';
import { EMBED_CONTROL_LABELS } from './embedLabels';
import { PANEL_INFO } from '../../lessons/scene';
import './embed.css';

/** Each embeddable panel's title: the title the panel shows, so the builder's checkboxes name what appears. */
const EMBED_PANEL_TITLES = Object.fromEntries(EMBED_PANELS.map((id) => [id, PANEL_INFO[id].title])) as Record<EmbedPanel, string>;

const DEFAULT_HEIGHT = 640;

type Copied = 'idle' | 'copied' | 'manual';

/** Ticks the names of `all` that are in `chosen`, in `all`'s order. */
function Checkboxes<Name extends string>({ legend, all, labels, chosen, onChange }: { legend: string; all: readonly Name[]; labels: Record<Name, string>; chosen: readonly Name[]; onChange(next: Name[]): void }) {
  return (
    <fieldset className="embed-choices">
      <legend>{legend}</legend>
      {all.map((name) => (
        <label key={name}>
          <input
            type="checkbox"
            checked={chosen.includes(name)}
            onChange={(event) => onChange(all.filter((other) => (other === name ? event.target.checked : chosen.includes(other))))}
          />
          {labels[name]}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * "Embed…": a dialog that builds the <iframe> HTML for the lab as it is now, with the panels and controls
 * ticked, or for the open lesson (its card and scene), and shows it live. `link` is the full app's link to the
 * current state (the same as Share's); `lesson` the open lesson's number (0: none).
 */
export function EmbedDialog({ link, lesson }: { link: () => string; lesson: number }) {
  const titleId = useId();
  const codeId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const code = useRef<HTMLTextAreaElement>(null);
  // The state to embed is taken when the dialog opens: while it is open (modal) nothing else can change it.
  const [base, setBase] = useState<string | null>(null);
  const [options, setOptions] = useState<EmbedOptions>(DEFAULT_EMBED);
  const [height, setHeight] = useState(DEFAULT_HEIGHT);
  const [copied, setCopied] = useState<Copied>('idle');
  const [embedLesson, setEmbedLesson] = useState(false);
  const lessonChosen = embedLesson && lesson > 0;

  const open = () => {
    setBase(link());
    setEmbedLesson(lesson > 0);
    setCopied('idle');
    dialog.current?.showModal();
  };
  const address = base === null ? null : lessonChosen ? lessonEmbedAddress(base, lesson, options.autoplay) : embedAddress(base, options);
  const snippet = address === null ? '' : iframeSnippet(address, height);
  const change = (next: Partial<EmbedOptions>) => {
    setOptions({ ...options, ...next });
    setCopied('idle');
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied('copied');
    } catch {
      code.current?.select();
      setCopied('manual');
    }
  };

  return (
    <>
      <button ref={opener} type="button" aria-haspopup="dialog" onClick={open}>
        Embed…
      </button>
      <dialog ref={dialog} className="embed-dialog" aria-labelledby={titleId} onClose={() => { setBase(null); opener.current?.focus(); }}>
        {/* Built only while open: closed, its fields would still be found by label and confuse "Data set" etc. */}
        {base !== null && (
        <>
        <h2 id={titleId}>Embed this lab</h2>
        <p className="field-hint">Put the lab, as it is now, or a lesson in a course page: choose what it shows, then paste the HTML into the page.</p>
        {/* The HTML first: it is what the dialog is for, and stays in view however tall the options below grow. */}
        <label htmlFor={codeId}>HTML to paste</label>
        <textarea id={codeId} ref={code} className="embed-code" readOnly rows={3} value={snippet} onFocus={(event) => event.currentTarget.select()} />
        <div className="embed-dialog-actions">
          <button type="button" onClick={copy}>
            Copy HTML
          </button>
          <span role="status" className="share-status">
            {copied === 'copied' ? 'Copied.' : copied === 'manual' ? 'The clipboard is not available here: the HTML is selected, copy it with Ctrl+C (⌘C).' : ''}
          </span>
          <form method="dialog">
            <button type="submit">Close</button>
          </form>
        </div>
        <div className="embed-builder">
          <div className="embed-options">
            {lesson > 0 && (
              <fieldset className="embed-choices">
                <legend>Embed</legend>
                <label>
                  <input type="radio" name="embed-what" checked={!lessonChosen} onChange={() => { setEmbedLesson(false); setCopied('idle'); }} />
                  The lab as it is now
                </label>
                <label>
                  <input type="radio" name="embed-what" checked={lessonChosen} onChange={() => { setEmbedLesson(true); setCopied('idle'); }} />
                  Lesson {lesson}: its card and panels
                </label>
              </fieldset>
            )}
            {!lessonChosen && (
              <>
                <Checkboxes legend="Panels" all={EMBED_PANELS} labels={EMBED_PANEL_TITLES} chosen={options.panels} onChange={(panels) => change({ panels })} />
                <Checkboxes legend="Controls" all={EMBED_CONTROLS} labels={EMBED_CONTROL_LABELS} chosen={options.controls} onChange={(controls) => change({ controls })} />
                {(options.panels.length === 0 || options.controls.length === 0) && (
                  <p className="field-hint">With nothing ticked in a list, the embed shows that list’s defaults.</p>
                )}
              </>
            )}
            <label className="controls-checkbox">
              <input type="checkbox" checked={options.autoplay} onChange={(event) => change({ autoplay: event.target.checked })} />
              Start playing when shown
            </label>
            <NumberField label="Height (pixels)" value={height} onChange={setHeight} min={MIN_EMBED_HEIGHT} max={MAX_EMBED_HEIGHT} step={10} integer />
          </div>
          <div className="embed-preview">
            <h3>Preview</h3>
            {address !== null && <iframe src={address} title="Preview of the embedded lab" height={height} />}
          </div>
        </div>
        </>
        )}
      </dialog>
    </>
  );
}
