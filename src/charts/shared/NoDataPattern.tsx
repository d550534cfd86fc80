import { NO_DATA_COLOUR } from './palette';

/** Hatching for "no data" areas; one per chart <svg>, so an exported chart carries its own. */
export function NoDataPattern() {
  return (
    <defs>
      <pattern
        id="no-data-hatch"
        width="6"
        height="6"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="6" height="6" fill="#ffffff" />
        <line x1="0" y1="0" x2="0" y2="6" stroke={NO_DATA_COLOUR} strokeWidth="1.5" />
      </pattern>
    </defs>
  );
}
