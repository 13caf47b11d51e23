import { useId, type ReactNode } from 'react';

/** A titled region: screen readers list it by its title, and the e2e tests find it the same way. */
export function Panel({ title, className, actions, children }: { title: string; className?: string; actions?: ReactNode; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className={`panel ${className ?? ''}`} aria-labelledby={headingId}>
      <header className="panel-header">
        <h2 id={headingId}>{title}</h2>
        {actions}
      </header>
      <div className="panel-body">{children}</div>
    </section>
  );
}
