// No colour is spelled outside renderer/app/tokens.css: every stylesheet and every component under
// renderer/ names its colours by token (the charts' palette.ts, whose SVG and canvas need literals, is a .ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rawColours, rawColoursInLine } from './rawColours';

const RENDERER = join(__dirname, '../../../renderer');
const TOKENS = 'renderer/app/tokens.css';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

describe('the raw-colour finder', () => {
  it('finds hex, functional and named colours', () => {
    expect(rawColoursInLine('  color: #b42318;')).toEqual(['#b42318']);
    expect(rawColoursInLine('  box-shadow: 0 1px 3px rgb(0 0 0 / 6%);')).toEqual(['rgb(']);
    expect(rawColoursInLine('  background: hsl(210 40% 96%);')).toEqual(['hsl(']);
    expect(rawColoursInLine('  border: 1px solid white;')).toEqual(['white']);
    expect(rawColoursInLine('  outline: 2px solid Red;')).toEqual(['red']);
    expect(rawColoursInLine('<text fill="#5b6478">')).toEqual(['#5b6478']);
    expect(rawColoursInLine("<div style={{ color: 'red' }}>")).toEqual(['red']);
    expect(rawColoursInLine("<div style={{ backgroundColor: 'navy' }}>")).toEqual(['navy']);
  });

  it('lets tokens, keywords and words that only look like colours pass', () => {
    expect(rawColoursInLine('  color: var(--muted);')).toEqual([]);
    expect(rawColoursInLine('  border: 1px solid transparent;')).toEqual([]);
    expect(rawColoursInLine('  border: 1px solid currentColor;')).toEqual([]);
    expect(rawColoursInLine('  white-space: nowrap;')).toEqual([]);
    expect(rawColoursInLine('  background: color-mix(in srgb, var(--ink) 45%, transparent);')).toEqual([]);
    expect(rawColoursInLine('.tag-check_in { /* was #e3f4ea */')).toEqual([]);
    expect(rawColoursInLine('<p className="hint">Pick a green light</p>')).toEqual([]);
    expect(rawColoursInLine("const id = 'tan-1';")).toEqual([]);
  });

  it('names the file and line', () => {
    expect(rawColours('renderer/x.css', '.a {\n  color: #fff;\n}')).toEqual(['renderer/x.css:2: #fff']);
  });
});

describe('renderer/', () => {
  it('spells no colour outside the tokens file (stylesheets and components)', () => {
    const files = filesUnder(RENDERER)
      .map((path) => relative(join(RENDERER, '..'), path))
      .filter((file) => /\.(css|tsx)$/.test(file) && file !== TOKENS);
    expect(files.length).toBeGreaterThan(20);
    const found = files.flatMap((file) => rawColours(file, readFileSync(join(RENDERER, '..', file), 'utf8')));
    expect(
      found,
      'raw colours: move each into renderer/app/tokens.css as a token named for its role',
    ).toEqual([]);
  });
});
