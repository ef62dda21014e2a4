import { Component, type ReactNode } from 'react';

interface Props {
  /** What to say, in the interface language: rendered when a screen fails. */
  fallback: (reload: () => void) => ReactNode;
  children: ReactNode;
}

/**
 * A screen that cannot be drawn (its code could not be loaded: the app was updated or
 * restarted while this window stayed open) says so and offers to reload, instead of
 * leaving a blank page in front of a room.
 */
export class ScreenErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return this.props.fallback(() => window.location.reload());
  }
}
