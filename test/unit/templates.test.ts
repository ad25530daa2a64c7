import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, ValidationError } from '../../shared/domain';
import { foldKey } from '../../shared/register/csv-fields';
import type { ExistingRegister, ImportPlan } from '../../shared/register/register-plan';
import { parseTemplate, planTemplate, type Template } from '../../shared/templates/template';

const dir = path.join(import.meta.dirname, '../../resources/templates');
const templates: Template[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => parseTemplate(readFileSync(path.join(dir, f), 'utf8'), f));
const byId = (id: string) => templates.find((t) => t.id === id)!;
const EMPTY: ExistingRegister = { stages: [], channels: [], touchpoints: [], promises: [] };

/** What an audit holds after a plan is written into an empty one (ids made up). */
function registerFrom(plan: ImportPlan): ExistingRegister {
  const stages = plan.stages.map((name, i) => ({ id: `s${i}`, name }));
  const channels = plan.channels.map((name, i) => ({ id: `c${i}`, name }));
  const id = (ref: { id: string } | { index: number }, prefix: string) =>
    'id' in ref ? ref.id : `${prefix}${ref.index}`;
  const touchpoints = plan.touchpoints.map((t, i) => ({
    id: `t${i}`,
    name: t.name,
    stageId: id(t.stage, 's'),
    channelId: id(t.channel, 'c'),
  }));
  const promises = plan.promises.map((p) => ({
    touchpointId: id(p.touchpoint, 't'),
    statement: p.statement,
  }));
  return { stages, channels, touchpoints, promises };
}

describe('the shipped industry templates', () => {
  it('cover retail, banking, telecom and hospitality, each a full starter set', () => {
    expect(templates.map((t) => t.id).sort()).toEqual(
      expect.arrayContaining(['banking', 'hospitality', 'retail', 'telecom']),
    );
    for (const t of templates) {
      expect(t.stages.length, t.id).toBeGreaterThanOrEqual(4);
      expect(t.channels.length, t.id).toBeGreaterThanOrEqual(4);
      expect(t.touchpoints.length, t.id).toBeGreaterThanOrEqual(12);
      expect(t.touchpoints.length, t.id).toBeLessThanOrEqual(18);
      expect(t.promises.length, t.id).toBeGreaterThanOrEqual(30);
      expect(t.promises.length, t.id).toBeLessThanOrEqual(45);
      // Both kinds of promise, and measurable targets for some.
      expect(
        t.promises.some((p) => p.kind === 'emotional'),
        t.id,
      ).toBe(true);
      expect(t.promises.filter((p) => p.target).length, t.id).toBeGreaterThanOrEqual(10);
    }
  });

  it('use every stage, channel and touchpoint they list', () => {
    for (const t of templates) {
      for (const s of t.stages)
        expect(
          t.touchpoints.some((tp) => tp.stage === s.key),
          `${t.id} stage ${s.key}`,
        ).toBe(true);
      for (const c of t.channels)
        expect(
          t.touchpoints.some((tp) => tp.channel === c.key),
          `${t.id} channel ${c.key}`,
        ).toBe(true);
      for (const tp of t.touchpoints)
        expect(
          t.promises.some((p) => p.touchpoint === tp.key),
          `${t.id} touchpoint ${tp.key}`,
        ).toBe(true);
    }
  });

  it('speak English, Russian and Polish, with distinct names in each language', () => {
    const cyrillic = /[\u0400-\u04FF]/;
    for (const t of templates) {
      const texts = [
        t.industry,
        ...t.stages.map((s) => s.name),
        ...t.touchpoints.map((tp) => tp.name),
        ...t.promises.map((p) => p.statement),
      ];
      for (const text of texts) {
        expect(cyrillic.test(text.ru), `${t.id}: ${text.en} in Russian`).toBe(true);
        expect(cyrillic.test(text.pl) || cyrillic.test(text.en), `${t.id}: ${text.en}`).toBe(false);
      }
      // Polish is not English left untranslated (a few words, like Wi-Fi, are the same).
      const same = texts.filter((x) => x.pl === x.en).length;
      expect(same / texts.length, t.id).toBeLessThan(0.05);
      for (const language of LANGUAGES) {
        // Two stages, channels or touchpoints of one name would be merged when applied.
        for (const list of [t.stages, t.channels]) {
          const names = list.map((x) => foldKey(x.name[language]));
          expect(new Set(names).size, `${t.id} ${language}`).toBe(names.length);
        }
        const statements = t.promises.map(
          (p) => `${p.touchpoint}|${foldKey(p.statement[language])}`,
        );
        expect(new Set(statements).size, `${t.id} ${language}`).toBe(statements.length);
      }
    }
  });
});

describe('planning a template', () => {
  it('adds the whole template to an empty audit, in the chosen language', () => {
    const retail = byId('retail');
    const plan = planTemplate(retail, 'ru', EMPTY);
    expect(plan.stages).toEqual(retail.stages.map((s) => s.name.ru));
    expect(plan.channels).toEqual(retail.channels.map((c) => c.name.ru));
    expect(plan.touchpoints).toHaveLength(retail.touchpoints.length);
    expect(plan.promises).toHaveLength(retail.promises.length);
    expect(plan.alreadyThere).toBe(0);
    const withTarget = plan.promises.find((p) => p.target)!;
    expect(withTarget.target!.metric).toMatch(/[\u0400-\u04FF]/);
    expect(plan.promises.every((p) => p.belief === null)).toBe(true);
  });

  it('adds nothing the second time', () => {
    for (const t of templates) {
      const first = planTemplate(t, 'pl', EMPTY);
      const again = planTemplate(t, 'pl', registerFrom(first));
      expect(again.stages, t.id).toEqual([]);
      expect(again.channels, t.id).toEqual([]);
      expect(again.touchpoints, t.id).toEqual([]);
      expect(again.promises, t.id).toEqual([]);
      expect(again.alreadyThere, t.id).toBe(
        t.stages.length + t.channels.length + t.touchpoints.length + t.promises.length,
      );
    }
  });

  it('reuses what the audit already has, whatever its case and spacing, and adds only the rest', () => {
    const banking = byId('banking');
    const branch = banking.channels.find((c) => c.key === 'branch')!;
    const discover = banking.stages.find((s) => s.key === 'discover')!;
    const existing: ExistingRegister = {
      stages: [{ id: 'own-stage', name: `  ${discover.name.en.toUpperCase()} ` }],
      channels: [{ id: 'own-channel', name: branch.name.en.toLowerCase() }],
      touchpoints: [],
      promises: [],
    };
    const plan = planTemplate(banking, 'en', existing);
    expect(plan.stages).not.toContain(discover.name.en);
    expect(plan.stages).toHaveLength(banking.stages.length - 1);
    expect(plan.channels).toHaveLength(banking.channels.length - 1);
    const welcome = plan.touchpoints.find((t) => t.name === 'Branch welcome')!;
    expect(welcome.stage).toEqual({ id: 'own-stage' });
    expect(welcome.channel).toEqual({ id: 'own-channel' });
    expect(plan.alreadyThere).toBe(2);
  });

  it('in another language adds the texts of that language beside the first', () => {
    const telecom = byId('telecom');
    const english = planTemplate(telecom, 'en', EMPTY);
    const polish = planTemplate(telecom, 'pl', registerFrom(english));
    expect(polish.promises).toHaveLength(telecom.promises.length);
  });
});

describe('reading a template file', () => {
  it('names what is wrong in a broken file and refuses it', () => {
    const broken = structuredClone(byId('hospitality')) as unknown as {
      touchpoints: { stage: string }[];
      promises: { importance: number; statement: { ru: string } }[];
    };
    broken.touchpoints[0]!.stage = 'nowhere';
    broken.promises[1]!.importance = 9;
    broken.promises[2]!.statement.ru = '';
    let error: unknown;
    try {
      parseTemplate(JSON.stringify(broken), 'hospitality.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const message = (error as Error).message;
    expect(message).toContain('Template hospitality.json');
    expect(message).toContain('touchpoints[0].stage names no stage of the template (“nowhere”)');
    expect(message).toContain('promises[1].importance must be between 1 and 5');
    expect(message).toContain('promises[2].statement.ru is required');
    expect(() => parseTemplate('{ not json', 'x.json')).toThrow(/x\.json.*is not JSON/);
  });
});
