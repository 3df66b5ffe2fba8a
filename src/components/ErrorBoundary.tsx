// Keeps a failure in one part of the screen (the canvas, a panel) from unmounting the rest: shows
// what went wrong, as text, with "Reset the view" (the caller's reset, then a re-mount) and "Try again".
// React itself reports the caught error on the console, with its component stack.
import { Component, Fragment, type ReactNode } from 'react';

interface Props {
  /** What failed, for the message: "The graph canvas", "Search". */
  name: string;
  /** Puts the view back to a safe state (selection, filters, analysis, camera). */
  onReset: () => void;
  children: ReactNode;
}
interface State {
  error: Error | null;
  /** Bumped to re-mount the children from scratch. */
  attempt: number;
}

const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: asError(error) };
  }

  private retry = () => this.setState((state) => ({ error: null, attempt: state.attempt + 1 }));

  private reset = () => {
    this.props.onReset();
    this.retry();
  };

  override render() {
    const { error, attempt } = this.state;
    if (!error) return <Fragment key={attempt}>{this.props.children}</Fragment>;
    return (
      <div className="error-boundary" role="alert" data-covers-canvas>
        <p>
          <strong>{this.props.name} stopped working.</strong>
        </p>
        <p className="error-message">{error.message || error.name}</p>
        <div className="error-actions">
          <button type="button" onClick={this.reset}>
            Reset the view
          </button>
          <button type="button" onClick={this.retry}>
            Try again
          </button>
        </div>
      </div>
    );
  }
}
