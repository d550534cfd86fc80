/** "1 figure", "2 figures", "0 figures": a count with its noun in the right number. */
export const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
