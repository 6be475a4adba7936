import { describe, expect, it } from 'vitest';
import { addDays, addMonths, fullYears, isRealDate, subtractSpan } from '../../src/engine/dates.ts';

describe('addMonths', () => {
  it('moves across years', () => {
    expect(addMonths('2024-11-28', 2)).toBe('2025-01-28');
    expect(addMonths('2026-11-28', -24)).toBe('2024-11-28');
  });
  it('clamps to the last day of a shorter month', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-08-31', -6)).toBe('2026-02-28');
  });
});

describe('subtractSpan', () => {
  it('takes days, months or years', () => {
    expect(subtractSpan('2026-03-01', { days: 1 })).toBe('2026-02-28');
    expect(subtractSpan('2026-11-28', { months: 6 })).toBe('2026-05-28');
    expect(subtractSpan('2026-11-28', { years: 5 })).toBe('2021-11-28');
  });
});

describe('fullYears', () => {
  it('counts a birthday on the day itself', () => {
    expect(fullYears('1971-11-28', '2026-11-28')).toBe(55);
    expect(fullYears('1971-11-29', '2026-11-28')).toBe(54);
  });
  it('lets someone born on 29 February complete a year on 28 February in a common year', () => {
    expect(fullYears('1980-02-29', '2025-02-28')).toBe(45);
    expect(fullYears('1980-02-29', '2025-02-27')).toBe(44);
    expect(fullYears('1980-02-29', '2024-02-29')).toBe(44);
  });
});

describe('dates', () => {
  it('knows real dates', () => {
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(isRealDate('2025-02-29')).toBe(false);
    expect(isRealDate('2025-13-01')).toBe(false);
    expect(isRealDate('2025-1-01')).toBe(false);
  });
  it('adds days across months', () => expect(addDays('2024-12-31', 1)).toBe('2025-01-01'));
});
