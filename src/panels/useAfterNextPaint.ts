// Parts of a panel that may come a frame after the rest: what the reader asked for paints first.
import { useEffect, useState } from 'react';
import { afterNextPaint } from '../state/afterNextPaint';

/**
 * False in the first render of the component and until the frame that shows it has been drawn, true from
 * then on. Long, text-heavy parts rendered only when it is true do not hold back that first frame.
 */
export function useAfterNextPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let mounted = true;
    afterNextPaint(() => {
      if (mounted) setPainted(true);
    });
    return () => {
      mounted = false;
    };
  }, []);
  return painted;
}
