import { useId, useState } from 'react';

type Shared = { readonly kind: 'idle' } | { readonly kind: 'copied' } | { readonly kind: 'manual'; readonly link: string };

/**
 * Copies a link to what is on screen. Where the clipboard is unavailable (an insecure page, a refused
 * permission) the link appears in a field, selected, to copy by hand.
 */
export function ShareButton({ link }: { link: () => string }) {
  const [shared, setShared] = useState<Shared>({ kind: 'idle' });
  const fieldId = useId();
  const share = async () => {
    const text = link();
    try {
      await navigator.clipboard.writeText(text);
      setShared({ kind: 'copied' });
    } catch {
      setShared({ kind: 'manual', link: text });
    }
  };
  return (
    <div className="share">
      <button type="button" onClick={share}>
        Share
      </button>
      <span role="status" className="share-status">
        {shared.kind === 'copied' && 'Link copied: it opens this lab as it is now.'}
      </span>
      {shared.kind === 'manual' && (
        <span className="share-manual">
          <label htmlFor={fieldId}>Copy this link</label>
          <input id={fieldId} readOnly value={shared.link} onFocus={(event) => event.currentTarget.select()} autoFocus />
        </span>
      )}
    </div>
  );
}
