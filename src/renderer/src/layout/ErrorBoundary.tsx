import { Component, type ErrorInfo, type ReactNode } from 'react';

declare global {
  interface Window {
    /** Set when the renderer hit an error it could not recover from; end-to-end tests fail on it. */
    __auditConsoleFatal?: string;
  }
}

interface State {
  message: string | null;
}

/** Shows a recoverable screen instead of a blank window, and records the fault for the test driver. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { message: null };

  static getDerivedStateFromError(error: unknown): State {
    return { message: error instanceof Error ? error.message : String(error) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    window.__auditConsoleFatal = `${error instanceof Error ? error.message : String(error)}\n${info.componentStack ?? ''}`;
  }

  override render(): ReactNode {
    if (this.state.message === null) return this.props.children;
    return (
      <div role="alert" className="fatal">
        <h1>Something went wrong in this view</h1>
        <p>{this.state.message}</p>
        <button type="button" onClick={() => this.setState({ message: null })}>
          Try again
        </button>
      </div>
    );
  }
}
