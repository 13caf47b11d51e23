import { Component, Fragment, type ReactNode } from 'react';
import { Panel } from './Panel';

interface PanelBoundaryProps {
  /** The panel's title: the fallback keeps it, so the region is found by the same name. */
  title: string;
  children: ReactNode;
}

interface PanelBoundaryState {
  readonly error: Error | null;
  /** Bumped by Reset: a new key makes React mount the panel afresh, with none of its old state. */
  readonly generation: number;
}

/** The sentence a failed panel shows in place of its content. */
export function panelFailure(title: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `The ${title} panel failed: ${message || 'an unknown error'}. The rest of the lab still works; Reset this panel to try again.`;
}

/**
 * Catches what one panel throws (while rendering or in an effect), so that one failure shows as a message in
 * that panel instead of unmounting the whole app; Reset mounts the panel again. React itself logs the error
 * with its component stack.
 */
export class PanelBoundary extends Component<PanelBoundaryProps, PanelBoundaryState> {
  state: PanelBoundaryState = { error: null, generation: 0 };

  static getDerivedStateFromError(error: unknown): Partial<PanelBoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  private reset = () => this.setState(({ generation }) => ({ error: null, generation: generation + 1 }));

  render() {
    const { title, children } = this.props;
    const { error, generation } = this.state;
    if (error === null) return <Fragment key={generation}>{children}</Fragment>;
    return (
      <Panel title={title} className="panel-failed">
        <p className="panel-failure" role="alert">
          {panelFailure(title, error)}
        </p>
        <button type="button" onClick={this.reset}>
          Reset this panel
        </button>
      </Panel>
    );
  }
}
