/** Run-time problems with a template's data stop the token in an incident that ops resolve, never a failing workflow task. */
import { describe, expect, it } from 'vitest';
import { Template } from '../../../definitions/template.js';
import * as core from '../../../workflows/core/index.js';
import { Simulation } from './simulation.js';

const template = Template.parse({
  id: 'divide',
  version: 1,
  title: 'Divide',
  parties: { vendor: { roles: { manager: {} } } },
  inputs: { total: { type: 'integer', required: true }, parts: { type: 'integer', required: true } },
  steps: [
    { id: 'count', kind: 'action', action: 'record', with: { name: 'parts', value: 'input.parts' }, next: 'route' },
    { id: 'route', kind: 'decision', cases: [{ when: 'input.total / vars.parts > 10', next: 'sign' }], otherwise: 'done' },
    { id: 'sign', kind: 'task', owner: 'vendor.manager', next: 'done' },
    { id: 'done', kind: 'end', status: 'Done' },
  ],
});

const bindings = { companies: { vendor: 'acme' }, participants: { 'vendor.manager': [{ name: 'Vera', email: 'vera@acme.example', company: 'acme' }] } };

function started(): Simulation {
  return new Simulation(template, { bindings, input: { total: 100, parts: 0 } });
}

describe('incidents', () => {
  it('stops a condition that fails at run time at its step, with the error and the time', () => {
    const sim = started();
    expect(sim.state.lifecycle).toBe('running');
    const [incident] = sim.state.incidents ?? [];
    expect(incident).toMatchObject({ kind: 'step', stepId: 'route', at: sim.clock });
    expect(incident?.error).toMatch(/divi/);
    expect(sim.state.tokens).toEqual([expect.objectContaining({ stepId: 'route', phase: 'incident' })]);
    expect(sim.state.history.map((event) => event.type)).toContain('incident');
    expect(sim.projections.at(-1)?.state.incidents).toHaveLength(1);
    expect(sim.patches).toContain(core.INCIDENTS_PATCH);
  });

  it('retries the step with the variables ops set, and goes on from there', () => {
    const sim = started();
    sim.send({ type: 'incident-resolution', resolution: { action: 'retry', reason: 'two parts', vars: { parts: 2 } } });
    expect(sim.state.incidents).toEqual([]);
    expect(sim.openTasks().map((task) => task.stepId)).toEqual(['sign']);
    expect(sim.state.history.filter((event) => event.type === 'incident_resolved')).toEqual([expect.objectContaining({ stepId: 'route', outcome: 'retried' })]);
  });

  it('opens a new incident when a retry fails again', () => {
    const sim = started();
    sim.send({ type: 'incident-resolution', resolution: { action: 'retry', reason: 'try again' } });
    expect(sim.state.incidents).toEqual([expect.objectContaining({ stepId: 'route' })]);
    expect(sim.state.history.filter((event) => event.type === 'incident')).toHaveLength(2);
  });

  it('enters the stopped step afresh on a fixed version when ops migrate the instance', () => {
    const sim = started();
    const fixed = Template.parse({
      ...template,
      version: 2,
      steps: template.steps.map((step) => (step.id === 'route' ? { ...step, cases: [{ when: 'vars.parts > 0 && input.total / vars.parts > 10', next: 'sign' }] } : step)),
    });
    sim.send({ type: 'migration', migration: { template: fixed, mapping: {}, actor: 'ops', reason: 'guard the division' } });
    expect(sim.state.incidents).toEqual([]);
    expect(sim.state.templateVersion).toBe(2);
    expect(sim.state.history.filter((event) => event.type === 'incident_resolved')).toEqual([expect.objectContaining({ stepId: 'route', outcome: 'migrated' })]);
    expect(sim.state.lifecycle).toBe('completed');
    expect(sim.state.status).toBe('Done');
  });

  it('cancels the instance as a cancel does', () => {
    const sim = started();
    sim.send({ type: 'incident-resolution', resolution: { action: 'cancel', reason: 'cannot be fixed' } });
    expect(sim.state.lifecycle).toBe('cancelled');
    expect(sim.state.tokens).toEqual([]);
    expect(sim.mails.map((mail) => mail.purpose)).toContain('result');
  });

  it('refuses a resolution when no incident is open, and variables named after the language', () => {
    const sim = started();
    expect(() => core.commands.incident.check(sim.machine, { action: 'retry', reason: 'x', vars: { constructor: 1 } })).toThrow(/cannot name a variable/);
    sim.send({ type: 'incident-resolution', resolution: { action: 'retry', reason: 'one part', vars: { parts: 1 } } });
    expect(() => core.commands.incident.check(sim.machine, { action: 'retry', reason: 'again' })).toThrow(/no open incident/);
  });

  it('fails as before in runs from before the patch', () => {
    expect(() => new Simulation(template, { bindings, input: { total: 100, parts: 0 }, patched: (id) => id !== core.INCIDENTS_PATCH })).toThrow(/divi/);
  });

  it('keeps what a refused projection write carried for the next write', () => {
    const sim = started();
    const write = sim.projections.at(-1);
    if (!write) throw new Error('no write');
    core.dispatch(sim.machine, { type: 'projection-failed', error: 'refused by the database', write }, sim.clock);
    const next = core.flush(sim.machine).project;
    expect(next?.events.map((event) => event.seq)).toEqual(expect.arrayContaining(write.events.map((event) => event.seq)));
    expect(sim.state.incidents?.map((incident) => incident.kind)).toEqual(['step', 'projection']);
  });
});
