import type { TFunction } from 'i18next';
import type { RegisterData } from '../../db/register';
import type { ComboOption } from './Combobox';

/** Where a touchpoint sits, as the pickers' second line says it: touchpoint · stage · channel. */
function whereOf(register: RegisterData, touchpointId: string, t: TFunction) {
  const tp = register.touchpointById.get(touchpointId);
  const stage = (tp && register.stageById.get(tp.stageId)?.name) ?? '';
  const channel = (tp && register.channelById.get(tp.channelId)?.name) ?? '';
  return {
    touchpoint: tp?.name ?? '',
    stage,
    channel,
    text: t('find.combobox.where', { touchpoint: tp?.name ?? '', stage, channel }),
  };
}

/** The register's promises grouped by touchpoint, in register order. */
function promisesByTouchpoint(register: RegisterData) {
  const map = new Map<string, RegisterData['promises']>();
  for (const p of register.promises) {
    const list = map.get(p.touchpointId);
    if (list) list.push(p);
    else map.set(p.touchpointId, [p]);
  }
  return map;
}

/**
 * The register's promises as picker choices, journey order (touchpoint by touchpoint), found
 * by statement, touchpoint, stage or channel; `only` keeps those a context allows. With
 * `wholeTouchpoints`, each touchpoint comes first as a choice of its own (`t:<id>`) and the
 * promises are `p:<id>`: what an action can close.
 */
export function promiseOptions(
  register: RegisterData,
  t: TFunction,
  {
    only,
    wholeTouchpoints = false,
  }: { only?: ReadonlySet<string>; wholeTouchpoints?: boolean } = {},
): ComboOption[] {
  const grouped = promisesByTouchpoint(register);
  const options: ComboOption[] = [];
  for (const tp of register.touchpoints) {
    const where = whereOf(register, tp.id, t);
    if (wholeTouchpoints) {
      const whole = t('plan.wholeTouchpoint', { name: tp.name });
      options.push({
        value: `t:${tp.id}`,
        label: whole,
        detail: [where.stage, where.channel].filter(Boolean).join(' · '),
        search: [whole, where.stage, where.channel],
      });
    }
    for (const p of grouped.get(tp.id) ?? []) {
      if (only && !only.has(p.id)) continue;
      options.push({
        value: wholeTouchpoints ? `p:${p.id}` : p.id,
        label: p.statement,
        detail: where.text,
        search: [p.statement, where.touchpoint, where.stage, where.channel],
      });
    }
  }
  return options;
}

/** What an action can close, as picker choices: each touchpoint followed by its promises. */
export function gapOptions(register: RegisterData, t: TFunction): ComboOption[] {
  return promiseOptions(register, t, { wholeTouchpoints: true });
}

/** The register's touchpoints as picker choices, found by name, stage, channel or department. */
export function touchpointOptions(register: RegisterData): ComboOption[] {
  return register.touchpoints.map((tp) => {
    const stage = register.stageById.get(tp.stageId)?.name ?? '';
    const channel = register.channelById.get(tp.channelId)?.name ?? '';
    return {
      value: tp.id,
      label: tp.name,
      detail: [stage, channel].filter(Boolean).join(' · '),
      search: [tp.name, stage, channel, tp.department],
    };
  });
}
