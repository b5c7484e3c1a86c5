// The Electron fuses electron-builder flips in the packaged app: removing or relaxing one fails here.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';

// Parsed with the same js-yaml electron-builder reads its config with (a dependency of app-builder-lib),
// so the test sees what the packager sees: a typo in a key or a value quoted as a string shows up.
const fromBuilder = createRequire(require.resolve('electron-builder/package.json'));
const fromAppBuilderLib = createRequire(fromBuilder.resolve('app-builder-lib/package.json'));
const yaml = fromAppBuilderLib('js-yaml') as { load(text: string): unknown };

const config = yaml.load(readFileSync(join(__dirname, '../../../electron-builder.yml'), 'utf8')) as Record<
  string,
  unknown
>;

describe('electron-builder.yml', () => {
  it("is valid against electron-builder's own schema (a misspelt fuse name is refused there)", () => {
    const schema = JSON.parse(readFileSync(fromAppBuilderLib.resolve('app-builder-lib/scheme.json'), 'utf8'));
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
  });

  it('flips exactly the fuses that lock the packaged app down', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
    });
  });

  it('still ships the native binding outside the asar and better-sqlite3 unpacked', () => {
    expect(config.asar).not.toBe(false); // onlyLoadAppFromAsar needs an app.asar to load
    expect(config.asarUnpack).toContain('**/node_modules/better-sqlite3/**');
    expect(config.extraResources).toContainEqual({
      // biome-ignore lint/suspicious/noTemplateCurlyInString: electron-builder's own ${platform} macro
      from: '.native/package/${platform}-${arch}/better_sqlite3.node',
      to: 'native/better_sqlite3.node',
    });
    expect(config.npmRebuild).toBe(false);
  });
});
