import { describe, expect, it } from 'vitest';
import { PAPI_2018 } from '../../plans/fixtures/papi-edition.ts';
import { allQuestions } from '../instrument.ts';
import { checkResponse } from '../responses.ts';
import { scoreRun } from '../scoring.ts';
import { drawResponses, seededRandom, syntheticCommunes } from '../synthetic.ts';
import { validateInstrument } from '../validate-instrument.ts';
import { instrumentToXlsForm } from '../xlsform-export.ts';
import { instrumentFromXlsForm } from '../xlsform-import.ts';
import { papiCommuneInstrument } from './papi-commune/papi-commune.ts';
import { sipasServiceInstrument } from './sipas-service/sipas-service.ts';

describe('shipped instruments', () => {
  const papi = papiCommuneInstrument(PAPI_2018);
  const sipas = sipasServiceInstrument();

  it('are valid and survive an XLSForm round trip', () => {
    for (const instrument of [papi, sipas]) {
      expect(validateInstrument(instrument)).toEqual([]);
      const back = instrumentFromXlsForm(instrumentToXlsForm(instrument, '1'));
      expect(back.issues).toEqual([]);
      expect(back.instrument).toEqual(instrument);
    }
  });

  it('PAPI: 8 dimensions, 28 sub-dimensions, 3–5 scored questions each', () => {
    const subs = papi.elements.filter((e) => e.parent !== null);
    expect(papi.elements.filter((e) => e.parent === null)).toHaveLength(8);
    expect(subs).toHaveLength(28);
    const scored = allQuestions(papi).filter((q) => q.scoring);
    for (const s of subs) {
      const n = scored.filter((q) => q.scoring!.element === s.code).length;
      expect(n, s.code).toBeGreaterThanOrEqual(3);
      expect(n, s.code).toBeLessThanOrEqual(5);
    }
  });

  it('SIPAS: five factors and overall satisfaction on 5-point scales, % satisfied', () => {
    expect(sipas.elements.map((e) => e.code)).toEqual(['F1', 'F2', 'F3', 'F4', 'F5', 'HL']);
    const scored = allQuestions(sipas).filter((q) => q.scoring);
    expect(scored.every((q) => q.type === 'scale5')).toBe(true);
    expect(sipas.scale).toEqual({ min: 0, max: 100 });
  });

  it('synthetic answers are valid responses and score every dimension', () => {
    const rnd = seededRandom(7);
    const communes = syntheticCommunes(
      papi,
      { communes: 2, minSize: 60, maxSize: 60, dontKnow: 0.05 },
      rnd,
    );
    const responses = drawResponses(papi, communes, { dontKnow: 0.05 }, rnd);
    for (const r of responses.slice(0, 20))
      expect(checkResponse(papi, r.answers).issues).toEqual([]);
    const run = scoreRun(papi, responses, null);
    const dims = run.overall.rows.filter((r) => r.kind === 'element' && /^D\d$/.test(r.key));
    expect(dims).toHaveLength(8);
    for (const d of dims) {
      expect(d.sufficient).toBe(true);
      expect(d.score!).toBeGreaterThan(1);
      expect(d.score!).toBeLessThan(10);
    }
  });
});
