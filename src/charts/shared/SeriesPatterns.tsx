import type { SeriesStyle } from './seriesStyle';

/** The <pattern> of each patterned series (seriesStyle.ts): its colour with white lines or dots. */
export function SeriesPatterns({ styles }: { styles: Iterable<SeriesStyle> }) {
  const patterned = [...styles].filter((s) => s.pattern && s.patternId);
  if (patterned.length === 0) return null;
  return (
    <defs>
      {patterned.map(({ pattern, patternId, colour }) => {
        if (!pattern || !patternId) return null;
        const s = pattern.size;
        return (
          <pattern
            key={patternId}
            id={patternId}
            width={s}
            height={s}
            patternUnits="userSpaceOnUse"
            patternTransform={pattern.angle ? `rotate(${pattern.angle})` : undefined}
          >
            <rect width={s} height={s} fill={colour} />
            {pattern.kind === 'dots' ? (
              <circle cx={s / 2} cy={s / 2} r={s / 5} fill="#ffffff" />
            ) : (
              <>
                <line x1={s / 2} y1={0} x2={s / 2} y2={s} stroke="#ffffff" strokeWidth={s / 4} />
                {pattern.kind === 'cross' && (
                  <line x1={0} y1={s / 2} x2={s} y2={s / 2} stroke="#ffffff" strokeWidth={s / 4} />
                )}
              </>
            )}
          </pattern>
        );
      })}
    </defs>
  );
}
