import { describe, expect, it } from 'vitest';
import { surveyWaveLabel } from '../../src/data/surveyWave';

describe('surveyWaveLabel', () => {
  it('names the wave after the survey', () => {
    expect(surveyWaveLabel('Commonwealth Fund', 2012)).toBe('Commonwealth Fund, 2012');
    expect(surveyWaveLabel('OECD', 2021)).toBe('OECD, 2021');
  });
  it('does not repeat a year the survey is named after', () => {
    expect(surveyWaveLabel('empirica 2007', 2007)).toBe('empirica 2007');
    expect(surveyWaveLabel('EC GP survey 2013', 2013)).toBe('EC GP survey 2013');
  });
  it('keeps a year that differs from the one in the name, and only a whole trailing year counts', () => {
    expect(surveyWaveLabel('empirica 2007', 2009)).toBe('empirica 2007, 2009');
    expect(surveyWaveLabel('Survey X12007', 2007)).toBe('Survey X12007, 2007');
  });
  it('says what stands in for a missing wave', () => {
    expect(surveyWaveLabel('Harris 2002', null)).toBe('Harris 2002, no data');
    expect(surveyWaveLabel('OECD', null, 'no wave with data')).toBe('OECD, no wave with data');
  });
});
