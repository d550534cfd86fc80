import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MemoryCache, responseOf, snapshotOf } from '../../functions/_lib/memoryCache';

const snapshot = (bytes: number) => ({ status: 200, headers: [], body: new Uint8Array(bytes) });

describe('the edge memory cache', () => {
  it('drops the least recently used entries past its size, and never keeps one too large', () => {
    const cache = new MemoryCache(100, 60);
    cache.set('a', snapshot(40));
    cache.set('b', snapshot(40));
    cache.get('a'); // a is now the most recent
    cache.set('c', snapshot(40));
    expect([cache.get('a'), cache.get('b'), cache.get('c')].map(Boolean)).toEqual([true, false, true]);
    cache.set('huge', snapshot(61));
    expect(cache.get('huge')).toBeUndefined();
    expect(cache.size).toEqual({ entries: 2, bytes: 80 });
  });

  it('keeps its byte count true and under its limit whatever is set and read', () => {
    const ops = fc.array(
      fc.oneof(
        fc.record({ set: fc.constantFrom('a', 'b', 'c', 'd', 'e'), bytes: fc.integer({ min: 0, max: 80 }) }),
        fc.record({ get: fc.constantFrom('a', 'b', 'c', 'd', 'e') }),
      ),
    );
    fc.assert(
      fc.property(ops, (list) => {
        const cache = new MemoryCache(150, 70);
        const kept = new Map<string, number>();
        for (const op of list) {
          if ('set' in op) {
            cache.set(op.set, snapshot(op.bytes));
            if (op.bytes <= 70) kept.set(op.set, op.bytes);
            else kept.delete(op.set);
          } else cache.get(op.get);
        }
        const { entries, bytes } = cache.size;
        expect(bytes).toBeLessThanOrEqual(150);
        // Every entry still held is the last one set under its key (one too large clears the key).
        let counted = 0;
        for (const [key, size] of kept) {
          const hit = cache.get(key);
          if (hit) {
            expect(hit.body.byteLength).toBe(size);
            counted += size;
          }
        }
        expect(counted).toBe(bytes);
        expect(entries).toBeLessThanOrEqual(kept.size);
      }),
    );
  });

  it('gives each reader a whole response of its own', async () => {
    const kept = await snapshotOf(
      new Response('<p>chart</p>', { status: 200, headers: { 'Content-Type': 'text/html' } }),
    );
    const first = responseOf(kept);
    await first.text();
    const second = responseOf(kept);
    expect(await second.text()).toBe('<p>chart</p>');
    expect(second.headers.get('content-type')).toBe('text/html');
  });
});
