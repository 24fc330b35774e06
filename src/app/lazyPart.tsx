// A part of the page whose code loads on first use (the share dialog, What's here, the timeline, the
// embed's legend). A load that fails (offline before the app was cached, a deploy that replaced the file)
// leaves a notice with Retry and nothing in the part's place: without this, React would take the whole
// page down with it.
import { Component, lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';
import { errorText } from '../data/load';
import { translate } from '../i18n/dictionaries';
import { useAtlasStore } from '../state/store';

type BoundaryProps = {
  onRetry: () => void;
  /** What the notice says: a part of the page, or the editor by name. */
  notice?: 'partFailed' | 'editorFailed';
  children: ReactNode;
};

/** Catches a failed load (or start) of a part, so it never takes the rest of the page with it. */
class PartFailure extends Component<BoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    const { language, addNotice } = useAtlasStore.getState();
    addNotice(translate(language, this.props.notice ?? 'partFailed', { detail: errorText(error) }), {
      label: translate(language, 'retry'),
      run: this.props.onRetry,
    });
  }

  override render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}

export function lazyPart<Props extends object>(
  load: () => Promise<{ default: ComponentType<Props> }>,
  notice: BoundaryProps['notice'] = 'partFailed',
): ComponentType<Props> {
  // Made once, outside React's renders; a failed one keeps its failure, so Retry makes a new one.
  let Loaded = lazy(load);
  function Part(props: Props) {
    const [attempt, setAttempt] = useState(0);
    const retry = () => {
      Loaded = lazy(load);
      setAttempt((count) => count + 1);
    };
    return (
      <PartFailure key={attempt} onRetry={retry} notice={notice}>
        <Suspense fallback={null}>
          <Loaded {...props} />
        </Suspense>
      </PartFailure>
    );
  }
  return Part;
}
