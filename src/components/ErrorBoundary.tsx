// Keeps a failure in one part of the screen (the canvas, a panel) from unmounting the rest: shows
// what went wrong, as text, with "Reset the view" (the caller's reset, then a re-mount) and "Try again".
// React itself reports the caught error on the console, with its component stack. The words come
// from the caller (in the interface language); the error's own message is technical detail, as is.
import { Component, Fragment, type ReactNode } from 'react';

interface Props {
  /** What failed, as a sentence: "The graph canvas stopped working." */
  title: string;
  /** The two buttons' words. */
  labels: { reset: string; retry: string };
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
          <strong>{this.props.title}</strong>
        </p>
        <p className="error-message">
          <code lang="en">{error.message || error.name}</code>
        </p>
        <div className="error-actions">
          <button type="button" onClick={this.reset}>
            {this.props.labels.reset}
          </button>
          <button type="button" onClick={this.retry}>
            {this.props.labels.retry}
          </button>
        </div>
      </div>
    );
  }
}
