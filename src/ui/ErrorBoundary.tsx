import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  readonly children: ReactNode;
  /** Puts the page back as its link says, before the children are drawn again. */
  readonly onRecover: () => void;
}

interface State {
  readonly failed: boolean;
}

/**
 * Catches a failure while drawing, says so plainly, and offers to draw again from the state in the address bar:
 * the reader's scenario is in the link, so nothing is lost.
 */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept for whoever opens the console; the page itself explains and offers a way back.
    console.warn('Houses & Apartments could not draw this part of the page:', error, info.componentStack);
  }

  private readonly recover = () => {
    this.props.onRecover();
    this.setState({ failed: false });
  };

  render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="link-notice" role="alert">
        <p>
          <strong>Something went wrong while drawing this page.</strong> Your scenario is kept in the address bar.
        </p>
        <button type="button" onClick={this.recover}>
          Draw it again
        </button>
      </div>
    );
  }
}
