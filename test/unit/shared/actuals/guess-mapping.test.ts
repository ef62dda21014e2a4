import { describe, expect, it } from 'vitest';
import { guessedProfile } from '../../../../shared/actuals/guess-mapping';

const stages = [
  { id: 's-lead', name: 'Lead' },
  { id: 's-mql', name: 'MQL' },
  { id: 's-sql', name: 'SQL' },
  { id: 's-opp', name: 'Oportunidad' },
  { id: 's-won', name: 'Ganado' },
];

describe('a first mapping for an export of no known shape', () => {
  it('takes the id column and the date columns that name a stage', () => {
    const profile = guessedProfile(
      ['ID', 'Empresa', 'Lead ID de origen', 'Fecha MQL', 'Fecha de conversión a SQL', 'Estado'],
      stages,
    );
    expect(profile.recordId).toBe('ID');
    expect(profile.stages).toEqual([
      { name: 'Fecha MQL', dateColumn: 'Fecha MQL' },
      { name: 'Fecha de conversión a SQL', dateColumn: 'Fecha de conversión a SQL' },
    ]);
    expect(profile.planStages).toEqual({
      'Fecha MQL': 's-mql',
      'Fecha de conversión a SQL': 's-sql',
    });
  });

  it('reads accents and English headers alike, and never a column twice', () => {
    const profile = guessedProfile(
      ['Record ID', 'Opportunity date', 'FECHA OPORTUNIDAD'],
      [
        { id: 'o', name: 'Opportunity' },
        { id: 'o2', name: 'Oportunidad' },
      ],
    );
    expect(profile.recordId).toBe('Record ID');
    expect(profile.planStages).toEqual({ 'Opportunity date': 'o', 'FECHA OPORTUNIDAD': 'o2' });
  });

  it('guesses nothing where no column says so', () => {
    const profile = guessedProfile(['Nombre', 'Correo', 'Lead', 'Ganado'], stages);
    expect(profile.recordId).toBeNull();
    expect(profile.stages).toEqual([]);
  });
});
