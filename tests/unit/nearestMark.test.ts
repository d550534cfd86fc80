import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inTapTarget, type MarkBox, nearestMark } from '../../src/charts/shared/nearestMark';

/** A tap goes to the mark nearest the finger among the marks whose 24 px target holds it (issue 27.3). */

const centre = (m: MarkBox) => ({ x: m.x + m.width / 2, y: m.y + m.height / 2 });
const distance = (m: MarkBox, p: { x: number; y: number }) =>
  Math.hypot(p.x - centre(m).x, p.y - centre(m).y);

const coordinate = fc.double({ min: 0, max: 400, noNaN: true });
const mark = (key: string) =>
  fc.record({
    key: fc.constant(key),
    x: coordinate,
    y: coordinate,
    width: fc.double({ min: 0, max: 40, noNaN: true }),
    height: fc.double({ min: 0, max: 40, noNaN: true }),
  });
const marks = fc
  .integer({ min: 0, max: 12 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => mark(`m${i}`))));
const point = fc.record({ x: coordinate, y: coordinate });

describe('nearestMark', () => {
  it('two 14 px marks 16 px apart: a tap between them, nearer the first, reads the first though the second lies on top', () => {
    const first = { key: 'first', x: 93, y: 93, width: 14, height: 14 };
    const second = { key: 'second', x: 109, y: 93, width: 14, height: 14 };
    // 6 px right of the first's centre: inside both 24 px targets, 10 px from the second's centre.
    expect(nearestMark([first, second], { x: 106, y: 100 })).toBe('first');
    expect(nearestMark([first, second], { x: 110, y: 100 })).toBe('second');
    // Equally near: the one drawn last, as the browser's own hit test.
    expect(nearestMark([first, second], { x: 108, y: 100 })).toBe('second');
  });

  it('a 14 px mark takes a tap up to 12 px from its centre (a 24 px target), not beyond', () => {
    const m = { key: 'm', x: 0, y: 0, width: 14, height: 14 };
    expect(nearestMark([m], { x: 7 + 12, y: 7 - 12 })).toBe('m');
    expect(nearestMark([m], { x: 7 + 12.5, y: 7 })).toBeNull();
    // A mark larger than the target keeps its own box.
    const bar = { key: 'bar', x: 0, y: 0, width: 200, height: 14 };
    expect(nearestMark([bar], { x: 190, y: 7 })).toBe('bar');
    expect(nearestMark([bar], { x: 205, y: 7 })).toBeNull();
  });

  it('picks a mark whose target holds the point, and none nearer holds it', () => {
    fc.assert(
      fc.property(marks, point, (ms, p) => {
        const key = nearestMark(ms, p);
        const holding = ms.filter((m) => inTapTarget(m, p));
        if (holding.length === 0) return key === null;
        const picked = ms.find((m) => m.key === key);
        if (!picked || !inTapTarget(picked, p)) return false;
        return holding.every((m) => distance(picked, p) <= distance(m, p));
      }),
    );
  });

  it('a tap on a mark’s centre reads that mark wherever the others lie (unless one shares the centre)', () => {
    fc.assert(
      fc.property(
        marks.filter((ms) => ms.length > 0),
        fc.nat(11),
        (ms, i) => {
          const target = ms[i % ms.length] as MarkBox;
          const key = nearestMark(ms, centre(target));
          const picked = ms.find((m) => m.key === key);
          return picked !== undefined && distance(picked, centre(target)) === 0;
        },
      ),
    );
  });

  it('does not depend on the order of the marks, but for equally near ones', () => {
    fc.assert(
      fc.property(marks, point, (ms, p) => {
        const forward = nearestMark(ms, p);
        const backward = nearestMark([...ms].reverse(), p);
        if (forward === backward) return true;
        const a = ms.find((m) => m.key === forward);
        const b = ms.find((m) => m.key === backward);
        return a !== undefined && b !== undefined && distance(a, p) === distance(b, p);
      }),
    );
  });
});
