import { type FormEvent, useId, useState } from 'react';
import { MAX_YEAR, MIN_YEAR } from '../data/schema';
import { visibleText } from '../state/droppedText';
import type { AskedColumn } from './parseImport';

export interface ColumnAnswers {
  label?: string;
  year?: number;
}

/**
 * Asked once when a file has countries and values but no indicator or year column: what the figures
 * measure (its label names the indicator) and the year of every row. Load parses the file again with
 * them; Cancel leaves it unloaded.
 */
export function AskColumns({
  fileName,
  asks,
  onAnswer,
  onCancel,
}: {
  fileName: string;
  asks: readonly AskedColumn[];
  onAnswer: (answers: ColumnAnswers) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [label, setLabel] = useState('');
  const [year, setYear] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const askLabel = asks.includes('indicator');
  const askYear = asks.includes('year');
  const missing = [askLabel && 'indicator', askYear && 'year'].filter(Boolean).join(' or ');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const yearNumber = Number(year);
    if (askLabel && label.trim() === '') return setProblem('Say what the figures measure.');
    if (askYear && !(/^\d{4}$/.test(year.trim()) && yearNumber >= MIN_YEAR && yearNumber <= MAX_YEAR))
      return setProblem(`The year is a four-digit year from ${MIN_YEAR} to ${MAX_YEAR}.`);
    onAnswer({
      ...(askLabel ? { label: label.trim() } : {}),
      ...(askYear ? { year: yearNumber } : {}),
    });
  };

  return (
    <form className="ask-columns" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`}>
        {visibleText(fileName, 120)} has no {missing} column. Give {askLabel && askYear ? 'them' : 'it'} once
        for every row:
      </p>
      {askLabel && (
        <label>
          <span>What the figures measure (indicator label)</span>
          <input type="text" value={label} maxLength={120} onChange={(e) => setLabel(e.target.value)} />
        </label>
      )}
      {askYear && (
        <label>
          <span>Year of the figures</span>
          <input
            type="text"
            inputMode="numeric"
            value={year}
            maxLength={4}
            onChange={(e) => setYear(e.target.value)}
          />
        </label>
      )}
      {problem && (
        <p className="import-refused" role="alert">
          {problem}
        </p>
      )}
      <div className="ask-columns-actions">
        <button type="submit">Load with {askLabel && askYear ? 'these' : 'this'}</button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
