import { useId, type ReactNode } from 'react';

/** Marks a panel's section once React attached it with its content: lazy chunk loaded, first render committed. */
const markReady = (section: HTMLElement | null) => section?.setAttribute('data-ready', '');

/**
 * A titled region: screen readers list it by its title, and the e2e tests find it the same way. `data-ready` is
 * the signal the tests wait on for a lazily loaded panel (e2e/locators.ts readyPanel).
 */
export function Panel({ title, className, actions, children }: { title: string; className?: string; actions?: ReactNode; children: ReactNode }) {
  const headingId = useId();
  return (
    <section ref={markReady} className={`panel ${className ?? ''}`} aria-labelledby={headingId}>
      <header className="panel-header">
        <h2 id={headingId}>{title}</h2>
        {actions}
      </header>
      <div className="panel-body">{children}</div>
    </section>
  );
}
