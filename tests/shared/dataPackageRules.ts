import { csvParseRows } from 'd3-dsv';

/**
 * The Data Package (v1) and Table Schema rules a package must meet to be read by Frictionless tools:
 * required keys, the name pattern, licences and sources, field types from the Table Schema list,
 * every CSV header equal to its schema's field names in order, and every cell valid for its type.
 * Shared by the unit tests and the browser tests (which check the downloaded ZIPs).
 *
 * Kept beside the reference implementation (frictionless.ts), which reads both packages too: `datapackage`
 * 1.1.10 does not compare a CSV header with schema.fields (two text columns swapped read without an
 * error), and this check says which row and column broke a rule.
 */

export const TABLE_SCHEMA_TYPES = [
  'string',
  'number',
  'integer',
  'boolean',
  'object',
  'array',
  'date',
  'time',
  'datetime',
  'year',
  'yearmonth',
  'duration',
  'geopoint',
  'geojson',
  'any',
] as const;

const NAME = /^[a-z0-9._-]+$/;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function cellProblem(type: string, value: string): string | null {
  switch (type) {
    case 'number':
      return /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(value) ? null : 'not a number';
    case 'integer':
      return /^-?\d+$/.test(value) ? null : 'not an integer';
    case 'year':
      return /^\d{4}$/.test(value) ? null : 'not a year';
    case 'boolean':
      return /^(true|false)$/.test(value) ? null : 'not a boolean';
    default:
      return null;
  }
}

/** Every rule broken, as readable lines; [] for a valid package. `files` maps a path to its text. */
export function dataPackageProblems(files: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  const raw = files.get('datapackage.json');
  if (raw === undefined) return ['no datapackage.json'];
  let descriptor: unknown;
  try {
    descriptor = JSON.parse(raw);
  } catch (error) {
    return [`datapackage.json is not JSON: ${(error as Error).message}`];
  }
  if (!isObject(descriptor)) return ['datapackage.json is not an object'];
  if (typeof descriptor.name !== 'string' || !NAME.test(descriptor.name))
    problems.push(`name must match ${NAME}: ${String(descriptor.name)}`);
  if (typeof descriptor.title !== 'string' || descriptor.title === '') problems.push('title is missing');
  const licenses = descriptor.licenses;
  if (!Array.isArray(licenses) || licenses.length === 0) problems.push('licenses is missing');
  else
    licenses.forEach((l, i) => {
      if (!isObject(l) || (typeof l.name !== 'string' && typeof l.path !== 'string'))
        problems.push(`licenses[${i}] needs a name or a path`);
    });
  if (descriptor.sources !== undefined) {
    if (!Array.isArray(descriptor.sources)) problems.push('sources must be an array');
    else
      descriptor.sources.forEach((s, i) => {
        if (!isObject(s) || typeof s.title !== 'string' || s.title === '')
          problems.push(`sources[${i}] needs a title`);
      });
  }
  const resources = descriptor.resources;
  if (!Array.isArray(resources) || resources.length === 0)
    return [...problems, 'resources is missing or empty'];
  const names = new Set<string>();
  resources.forEach((r, i) => {
    if (!isObject(r)) {
      problems.push(`resources[${i}] is not an object`);
      return;
    }
    const label = `resource ${String(r.name ?? i)}`;
    if (typeof r.name !== 'string' || !NAME.test(r.name)) problems.push(`${label}: name must match ${NAME}`);
    else if (names.has(r.name)) problems.push(`${label}: name repeated`);
    else names.add(r.name);
    if (typeof r.path !== 'string' || r.path.startsWith('/') || r.path.includes('..'))
      problems.push(`${label}: path must be a relative POSIX path`);
    else if (!files.has(r.path)) problems.push(`${label}: ${r.path} is not in the package`);
    for (const key of ['format', 'mediatype'] as const)
      if (typeof r[key] !== 'string') problems.push(`${label}: ${key} is missing`);
    if (r.schema === undefined) return;
    const schema = r.schema;
    if (!isObject(schema) || !Array.isArray(schema.fields) || schema.fields.length === 0) {
      problems.push(`${label}: schema.fields is missing`);
      return;
    }
    const fields = schema.fields.map((f, j) => {
      if (!isObject(f) || typeof f.name !== 'string' || f.name === '')
        problems.push(`${label}: field ${j} needs a name`);
      const type = isObject(f) && typeof f.type === 'string' ? f.type : 'string';
      if (!(TABLE_SCHEMA_TYPES as readonly string[]).includes(type))
        problems.push(`${label}: field ${String(isObject(f) ? f.name : j)} has unknown type ${type}`);
      if (isObject(f) && f.description !== undefined && typeof f.description !== 'string')
        problems.push(`${label}: field ${String(f.name)} description must be text`);
      return { name: isObject(f) ? String(f.name) : '', type };
    });
    const missing = Array.isArray(schema.missingValues) ? schema.missingValues.map(String) : [''];
    const text = typeof r.path === 'string' ? files.get(r.path) : undefined;
    if (text === undefined) return;
    const [header = [], ...rows] = csvParseRows(text.replace(/\n$/, ''));
    const expected = fields.map((f) => f.name);
    if (header.join(',') !== expected.join(','))
      problems.push(`${label}: CSV header ${header.join(',')} ≠ schema fields ${expected.join(',')}`);
    rows.forEach((row, k) => {
      if (row.length !== fields.length) {
        problems.push(`${label}: row ${k + 2} has ${row.length} cells, not ${fields.length}`);
        return;
      }
      fields.forEach((f, j) => {
        const value = row[j] ?? '';
        if (missing.includes(value)) return;
        const problem = cellProblem(f.type, value);
        if (problem) problems.push(`${label}: row ${k + 2}, ${f.name} = "${value}": ${problem}`);
      });
    });
  });
  return problems;
}
