import { expect } from '@open-wc/testing';
import { PROBLEM_CODES } from '../../src/data/problem-codes.js';
import { EVENT_KINDS } from '../../src/data/types.js';
import { CSV_COLUMNS, TIMELINEJS_CSV_COLUMNS } from '../../src/data/csv.js';

let readme: string;
before(async () => {
  readme = await (await fetch('/README.md')).text();
});

describe('README.md', () => {
  it('documents every problem code, kind and CSV column the code knows', () => {
    for (const code of Object.keys(PROBLEM_CODES)) expect(readme, code).to.include(`\`${code}\``);
    for (const kind of EVENT_KINDS) expect(readme, kind).to.include(`\`${kind}\``);
    for (const column of [...CSV_COLUMNS, ...TIMELINEJS_CSV_COLUMNS]) expect(readme, column).to.include(`\`${column}\``);
  });

  it('shows the two set-up commands', () => {
    expect(readme).to.include('npm ci && npm start');
    expect(readme).to.include('npm test');
  });
});
