import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The folder fences of eslint.config.js, checked on code that breaks them.
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('the boundaries between folders', () => {
  it.each([
    ["import { app } from 'electron';\nexport const a = app;\n", 'electron'],
    ["import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n", 'node:fs'],
    ["import { useState } from 'react';\nexport const a = useState;\n", 'react'],
    ["import Dexie from 'dexie';\nexport const a = Dexie;\n", 'dexie'],
  ])('keep shared/ pure: %s is refused', async (code) => {
    expect(await ruleIds(code, 'shared/probe.ts')).toContain('no-restricted-imports');
  });

  it('keep shared/ away from the DOM and the process', async () => {
    const ids = await ruleIds(
      'export const a = () => [window.name, document.title, process.env];\n',
      'shared/probe.ts',
    );
    expect(ids.filter((id) => id === 'no-restricted-globals')).toHaveLength(3);
  });

  it('keep the renderer away from electron and Node', async () => {
    expect(
      await ruleIds(
        "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n",
        'renderer/src/probe.ts',
      ),
    ).toContain('no-restricted-imports');
    expect(
      await ruleIds(
        "import { readFileSync } from 'fs';\nexport const a = readFileSync;\n",
        'renderer/src/probe.ts',
      ),
    ).toContain('no-restricted-imports');
  });

  it('run end-to-end tests on the fixed day: @playwright/test is refused in a spec', async () => {
    expect(
      await ruleIds(
        "import { test } from '@playwright/test';\nexport const a = test;\n",
        'test/e2e/probe.spec.ts',
      ),
    ).toContain('no-restricted-imports');
    expect(
      await ruleIds(
        "import { test } from './support/test';\nexport const a = test;\n",
        'test/e2e/probe.spec.ts',
      ),
    ).toEqual([]);
  });

  it('keep shared/ off the clock: no Date.now() and no new Date() without a moment', async () => {
    const ids = await ruleIds(
      'export const a = () => [Date.now(), new Date()];\n',
      'shared/probe.ts',
    );
    expect(ids.filter((id) => id === 'no-restricted-syntax')).toHaveLength(2);
    expect(
      await ruleIds('export const a = (t: string) => new Date(t);\n', 'shared/probe.ts'),
    ).toEqual([]);
  });

  it('keep writes in the store’s commands: a screen imports no record primitive and writes no table', async () => {
    const code = [
      "import { db } from '../../db/db';",
      "import { createRecord } from '../../db/commands/records';",
      "export const a = () => db.transaction('rw', [db.audits], () => db.audits.put({} as never));",
      'export const b = createRecord;',
      '',
    ].join('\n');
    const ids = await ruleIds(code, 'renderer/src/features/probe/probe.tsx');
    expect(ids.filter((id) => id === 'no-restricted-imports')).toHaveLength(1);
    expect(ids.filter((id) => id === 'no-restricted-syntax')).toHaveLength(2);
    const reads = [
      "import { db } from '../../db/db';",
      "import { updateVisit } from '../../db/commands/fieldwork';",
      "export const a = () => db.transaction('r', [db.audits], () => db.audits.get('x'));",
      'export const b = updateVisit;',
      '',
    ].join('\n');
    expect(await ruleIds(reads, 'renderer/src/features/probe/probe.tsx')).toEqual([]);
  });

  it('keep screens in their rooms: a feature folder imports no other, the data layer no screen', async () => {
    const code = "import { useRegister } from '../register/useRegister';\nexport const a = useRegister;\n";
    expect(await ruleIds(code, 'renderer/src/features/plan/probe.tsx')).toContain('touchstone/rooms');
    const nested = "export { a } from '../../scores/parts/a';\n";
    expect(await ruleIds(nested, 'renderer/src/features/plan/sub/probe.ts')).toContain(
      'touchstone/rooms',
    );
    const lazy = "export const a = () => import('../export/ExportScreen');\n";
    expect(await ruleIds(lazy, 'renderer/src/features/plan/probe.ts')).toContain('touchstone/rooms');
    const fromDb = "import { ScoresScreen } from '../features/scores/ScoresScreen';\nexport const a = ScoresScreen;\n";
    expect(await ruleIds(fromDb, 'renderer/src/db/probe.ts')).toContain('touchstone/rooms');
    // Its own room, the data layer, app/ and shared/ stay open to a screen; app/ composes screens.
    const allowed = [
      "import { a } from './parts/a';",
      "import { useRegister } from '../../db/register';",
      "import { Dialog } from '../../app/components/Dialog';",
      "import { scoreAudit } from '../../../../shared/scoring';",
      'export const all = [a, useRegister, Dialog, scoreAudit];',
      '',
    ].join('\n');
    expect(await ruleIds(allowed, 'renderer/src/features/plan/probe.tsx')).not.toContain(
      'touchstone/rooms',
    );
    const app = "import { PlanScreen } from '../features/plan/PlanScreen';\nexport const a = PlanScreen;\n";
    expect(await ruleIds(app, 'renderer/src/app/probe.tsx')).toEqual([]);
  });

  it('let shared/ use zod', async () => {
    expect(
      await ruleIds("import { z } from 'zod';\nexport const a = z.string();\n", 'shared/probe.ts'),
    ).toEqual([]);
  });
});
