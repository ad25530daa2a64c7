import type { BrandPromise, Channel, JourneyStage, Touchpoint } from '../domain';
import { foldKey } from './csv-fields';

/** A record a plan points at: one already in the audit, or one the plan creates. */
export type PlanRef = { id: string } | { index: number };

export interface PlannedTouchpoint {
  stage: PlanRef;
  channel: PlanRef;
  name: string;
  department: string;
  description: string;
}
export type PlannedPromise = Pick<
  BrandPromise,
  'statement' | 'source' | 'customerWording' | 'kind' | 'importance' | 'target' | 'belief'
> & { touchpoint: PlanRef };

/**
 * What an import or a template adds to an audit: only what it does not have yet. The one
 * shape every bulk addition to the register goes through (see applyImportPlan).
 */
export interface ImportPlan {
  stages: string[];
  channels: string[];
  touchpoints: PlannedTouchpoint[];
  promises: PlannedPromise[];
  /** Rows or items that name something the audit (or an earlier row) already has. */
  alreadyThere: number;
}

export interface ExistingRegister {
  stages: readonly Pick<JourneyStage, 'id' | 'name'>[];
  channels: readonly Pick<Channel, 'id' | 'name'>[];
  touchpoints: readonly Pick<Touchpoint, 'id' | 'name' | 'stageId' | 'channelId'>[];
  promises: readonly Pick<BrandPromise, 'touchpointId' | 'statement'>[];
}

const refKey = (r: PlanRef) => ('id' in r ? `id:${r.id}` : `new:${r.index}`);

/**
 * Builds an ImportPlan against what an audit already has. Names are matched ignoring case,
 * accents and spacing (foldKey): a stage, channel, touchpoint (by name, stage and channel)
 * or promise (by touchpoint and statement) the audit has is reused, never added twice.
 */
export class RegisterPlanner {
  readonly plan: ImportPlan = {
    stages: [],
    channels: [],
    touchpoints: [],
    promises: [],
    alreadyThere: 0,
  };
  private readonly stages: Map<string, PlanRef>;
  private readonly channels: Map<string, PlanRef>;
  private readonly touchpointsByKey: Map<string, PlanRef>;
  private readonly touchpointsByName = new Map<string, PlanRef[]>();
  private readonly promises: Set<string>;

  constructor(existing: ExistingRegister) {
    this.stages = new Map(existing.stages.map((s) => [foldKey(s.name), { id: s.id }]));
    this.channels = new Map(existing.channels.map((c) => [foldKey(c.name), { id: c.id }]));
    this.touchpointsByKey = new Map(
      existing.touchpoints.map((t) => [
        `${foldKey(t.name)}|id:${t.stageId}|id:${t.channelId}`,
        { id: t.id },
      ]),
    );
    for (const t of existing.touchpoints) this.indexTouchpointName(t.name, { id: t.id });
    this.promises = new Set(
      existing.promises.map((p) => `id:${p.touchpointId}|${foldKey(p.statement)}`),
    );
  }

  /** The stage of this name, planned for creation when the audit has none. */
  stage(name: string): PlanRef {
    return this.named(name, this.stages, this.plan.stages);
  }

  channel(name: string): PlanRef {
    return this.named(name, this.channels, this.plan.channels);
  }

  /**
   * The touchpoint of this name at this stage and channel; planned for creation (with its
   * department and description) when there is none. `created` says which happened.
   */
  touchpoint(t: PlannedTouchpoint): { ref: PlanRef; created: boolean } {
    const key = `${foldKey(t.name)}|${refKey(t.stage)}|${refKey(t.channel)}`;
    const found = this.touchpointsByKey.get(key);
    if (found) return { ref: found, created: false };
    const ref = { index: this.plan.touchpoints.push(t) - 1 };
    this.touchpointsByKey.set(key, ref);
    this.indexTouchpointName(t.name, ref);
    return { ref, created: true };
  }

  /** Every touchpoint of this name, at whatever stage and channel. */
  touchpointsNamed(name: string): readonly PlanRef[] {
    return this.touchpointsByName.get(foldKey(name)) ?? [];
  }

  /** Plans a promise unless its touchpoint already holds the same statement. */
  promise(p: PlannedPromise): boolean {
    const key = `${refKey(p.touchpoint)}|${foldKey(p.statement)}`;
    if (this.promises.has(key)) {
      this.plan.alreadyThere++;
      return false;
    }
    this.promises.add(key);
    this.plan.promises.push(p);
    return true;
  }

  /** Counts an item that named only what the audit already has. */
  alreadyThere(): void {
    this.plan.alreadyThere++;
  }

  private named(name: string, list: Map<string, PlanRef>, created: string[]): PlanRef {
    const found = list.get(foldKey(name));
    if (found) return found;
    const ref = { index: created.push(name) - 1 };
    list.set(foldKey(name), ref);
    return ref;
  }

  private indexTouchpointName(name: string, ref: PlanRef): void {
    const key = foldKey(name);
    this.touchpointsByName.set(key, [...(this.touchpointsByName.get(key) ?? []), ref]);
  }
}
