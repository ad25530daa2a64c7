import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv } from 'ajv';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { OPENABLE_EXTENSIONS } from '../../../electron/main/open-files';

const root = path.resolve(import.meta.dirname, '../../..');
const require = createRequire(import.meta.url);
const config = yaml.load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Record<
  string,
  unknown
>;
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  main: string;
  scripts: Record<string, string>;
};

describe('the packaging configuration', () => {
  it('is valid against the schema of the installed electron-builder', () => {
    const schema = JSON.parse(
      readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8'),
    ) as object;
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    const valid = validate(config);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('packs the built main process, preload and renderer, and nothing of the sources', () => {
    expect(config.files).toEqual(expect.arrayContaining(['out/**/*', 'package.json']));
    expect(pkg.main).toBe('out/main/index.cjs');
    const buildScript = readFileSync(path.join(root, 'scripts/build-electron.mjs'), 'utf8');
    expect(buildScript).toContain("outfile: 'out/main/index.cjs'");
    expect(buildScript).toContain("outfile: 'out/preload/index.cjs'");
  });

  it('turns off the Electron fuses a desktop app must not leave open', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('names only fuses electron-builder knows, so a misspelt one cannot pass unnoticed', () => {
    const schema = JSON.parse(
      readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8'),
    ) as { definitions: Record<string, { properties: object; additionalProperties?: boolean }> };
    const fuses = schema.definitions.FuseOptionsV1!;
    // The schema check above refuses unknown keys only because the schema says so.
    expect(fuses.additionalProperties).toBe(false);
    const known = Object.keys(fuses.properties);
    for (const name of Object.keys(config.electronFuses as object)) expect(known).toContain(name);
    // A misspelt fuse fails validation against the same schema.
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    expect(validate({ ...config, electronFuses: { runAsNod: false } })).toBe(false);
  });

  it('associates with the app exactly the files it opens when the system asks', () => {
    const associated = (config.fileAssociations as { ext: string }[]).map((a) => a.ext);
    expect(associated.sort()).toEqual([...OPENABLE_EXTENSIONS].sort());
  });

  it('names icons that exist', () => {
    for (const platform of ['win', 'mac', 'linux']) {
      const icon = (config[platform] as { icon?: string }).icon;
      expect(icon, platform).toBeDefined();
      expect(existsSync(path.join(root, String(icon))), String(icon)).toBe(true);
    }
  });
});
