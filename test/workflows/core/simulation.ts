/**
 * The core driven the way the workflow shell drives it, without Temporal: a clock the test
 * moves, actions answered at once, and every flush kept for inspection.
 */
import type { ActionRequest, ActionResult, MailRequest, ProjectionWrite } from '../../../activities/contracts.js';
import type { Template } from '../../../definitions/template.js';
import * as core from '../../../workflows/core/index.js';
import type { Bindings, InstanceState, Person, Task } from '../../../workflows/schemas.js';

export const START = Date.UTC(2026, 0, 5, 9);

export const initiator: Person = { name: 'Ines Initiator', email: 'ines@acme.example', company: 'acme' };

/** People for the roles generated templates use (test/definitions/template-arbitrary.ts). */
export const generatedBindings: Bindings = {
  companies: { vendor: 'acme', partner: 'globex' },
  participants: {
    'vendor.manager': [{ name: 'Manager', email: 'manager@acme.example', company: 'acme' }],
    'vendor.finance': [{ name: 'Finance', email: 'finance@acme.example', company: 'acme' }],
    'vendor.legal': [{ name: 'Legal', email: 'legal@acme.example', company: 'acme' }],
    'partner.admin': [{ name: 'Admin', email: 'admin@globex.example', company: 'globex' }],
    'partner.sales': [{ name: 'Sales', email: 'sales@globex.example', company: 'globex' }],
  },
};

export const generatedInput = { amount: { amount: 500_00, currency: 'USD' }, end_date: '2026-01-20', window: '2d' };

export interface SimulationOptions {
  bindings?: Bindings;
  input?: Record<string, unknown>;
  /** What each action returns; default `{}` (outcome `done`). */
  act?: (request: ActionRequest) => ActionResult;
  /** Which patches the run takes; default all. */
  patched?: (id: string) => boolean;
}

/** One instance under the core, with what it wrote out. */
export class Simulation {
  clock = START;
  readonly mails: MailRequest[] = [];
  readonly projections: ProjectionWrite[] = [];
  readonly actions: ActionRequest[] = [];
  readonly patches: string[] = [];
  readonly machine: core.Machine;
  private readonly act: (request: ActionRequest) => ActionResult;

  constructor(template: Template, options: SimulationOptions = {}, resumed?: InstanceState) {
    this.act = options.act ?? (() => ({}));
    const decide = options.patched ?? (() => true);
    const ports: core.Ports = {
      patched: (id) => {
        this.patches.push(id);
        return decide(id);
      },
    };
    if (resumed) {
      this.clock = resumed.updatedAt;
      this.machine = core.resume(template, resumed, this.clock, ports);
    } else {
      const start = { kind: 'start' as const, template, businessKey: 'k-1', bindings: structuredClone(options.bindings ?? generatedBindings), input: options.input ?? generatedInput, initiator };
      this.machine = core.start(start, 'instance-1', this.clock, ports);
      core.advance(this.machine, this.clock, { synchronousOnly: true });
    }
    this.settle();
  }

  get state(): InstanceState {
    return this.machine.state;
  }

  /** One pass of the shell's main loop: advance, hooks, flush. */
  settle(): void {
    this.perform(() => core.advance(this.machine, this.clock));
    if (this.state.lifecycle === 'cancelled') {
      core.beginOnCancel(this.machine, { late: false });
      this.perform(() => core.nextHookAction(this.machine));
    }
    if (this.state.lifecycle !== 'running') {
      core.beginOnEnd(this.machine);
      this.perform(() => core.nextHookAction(this.machine));
    }
    this.flush();
  }

  /** Checks a command as the update validator does, applies it, and settles. */
  send(event: Exclude<core.Event, { type: 'timers-due' | 'action-completed' | 'projection-failed' }>): void {
    checkOf(event)(this.machine);
    core.dispatch(this.machine, event, this.clock);
    this.settle();
  }

  /** Moves the clock to the next timer and lets it fire; false when no timer is set. */
  tick(): boolean {
    const at = core.nextTimerAt(this.state);
    if (at === undefined) return false;
    this.clock = Math.max(this.clock, at);
    core.dispatch(this.machine, { type: 'timers-due' }, this.clock);
    this.settle();
    return true;
  }

  openTasks(): Task[] {
    return this.state.tasks.filter((task) => task.status === 'open');
  }

  private perform(next: () => core.Pending | undefined): void {
    for (let pending = next(); pending; pending = next()) {
      let result: ActionResult = {};
      if (pending.type === 'run-action') {
        this.actions.push(pending.request);
        result = this.act(pending.request);
      } else this.flush();
      core.dispatch(this.machine, { type: 'action-completed', owner: pending.owner, result }, this.clock);
    }
  }

  private flush(): void {
    const { project, mails } = core.flush(this.machine);
    if (project) this.projections.push(structuredClone(project));
    this.mails.push(...mails);
  }
}

/** The check the update validator runs for a command event. */
export function checkOf(event: Exclude<core.Event, { type: 'timers-due' | 'action-completed' | 'projection-failed' }>): (m: core.Machine) => void {
  const { commands } = core;
  switch (event.type) {
    case 'decision':
      return (m) => commands.decide.check(m, event.decision);
    case 'delegation':
      return (m) => commands.delegate.check(m, event.delegation);
    case 'reassignment':
      return (m) => commands.reassign.check(m, event.reassignment);
    case 'hand-over':
      return (m) => commands.handOver.check(m, event.handOver);
    case 'cancel':
      return (m) => commands.cancel.check(m, event.cancellation);
    case 'withdrawal':
      return (m) => commands.withdraw.check(m, event.withdrawal);
    case 'migration':
      return (m) => commands.migrate.check(m, event.migration);
    case 'incident-resolution':
      return (m) => commands.incident.check(m, event.resolution);
  }
}
