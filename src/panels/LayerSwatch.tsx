// The legend symbol of a layer, drawn in the map's own colours. Decorative: the label says what it is.
import type { LayerId } from '../data/schema';
import { OVERLAY_COLOURS as C } from '../map/theme';

export function LayerSwatch({ layer }: { layer: LayerId }) {
  return (
    <svg
      className="layer-swatch"
      width="28"
      height="16"
      viewBox="0 0 28 16"
      aria-hidden="true"
      focusable="false"
    >
      {layer === 'evacuation' && (
        <path d="M2 8 H26" stroke={C.evacuation} strokeWidth="4" strokeLinecap="round" />
      )}
      {layer === 'aid' && (
        <>
          <path d="M2 8 H26" stroke={C.aid} strokeWidth="4" strokeLinecap="round" />
          <path d="M2 8 H26" stroke="#fff" strokeWidth="1.2" strokeDasharray="3 3" />
        </>
      )}
      {layer === 'risk' &&
        C.severity.map((colour, index) => (
          <rect key={colour} x={1 + index * 5.2} y="2" width="5.2" height="12" fill={colour} />
        ))}
      {layer === 'risk' && (
        <rect x="1" y="2" width="26" height="12" fill="none" stroke={C.severity[4]} strokeDasharray="3 1.5" />
      )}
      {layer === 'infrastructure' && (
        <>
          <path d="M2 5 H26" stroke={C.oilPipeline} strokeWidth="2.5" />
          <path d="M2 11 H26" stroke={C.gasPipeline} strokeWidth="2.5" />
        </>
      )}
      {layer === 'sites' && <circle cx="14" cy="8" r="5.5" fill={C.sites} stroke="#fff" strokeWidth="1.5" />}
    </svg>
  );
}

/** A small round dot in a feature's colour, for lists and chips. */
export function ColourDot({ colour }: { colour: string }) {
  return <span className="colour-dot" style={{ backgroundColor: colour }} aria-hidden="true" />;
}
