/**
 * Seeds the demo over the HTTP API, as the companies themselves would: directory, relationship,
 * budget, allocations, fund requests taken to several stages, and a joint solution in build.
 * Every step looks first and acts only where something is missing or not yet done, so a second
 * run changes nothing.
 */
import { COMPANIES, FUND_REQUESTS, jointHolder, memberOf, PARTNERS, PEOPLE, VENDOR, type Stage } from './cast.js';

/** An answer of the API. */
interface Answer {
  status: number;
  body: unknown;
  etag: string | null;
}

/** Calls the API with a key. */
export type Call = (key: string, method: string, path: string, body?: unknown, headers?: Record<string, string>) => Promise<Answer>;

/** Makes {@link Call} for the API at `baseUrl`. */
export function caller(baseUrl: string): Call {
  return async (key, method, path, body, headers = {}) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: text && (response.headers.get('content-type') ?? '').includes('json') ? (JSON.parse(text) as unknown) : text, etag: response.headers.get('etag') };
  };
}

/** Fails with what the API said unless the status is one of `expected`. */
function expectStatus(answer: Answer, expected: number[], what: string): Answer {
  if (!expected.includes(answer.status)) throw new Error(`${what}: the API answered ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer;
}

const field = (value: unknown, name: string): unknown => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined);
const text = (value: unknown, name: string): string => {
  const found = field(value, name);
  return typeof found === 'string' || typeof found === 'number' ? String(found) : '';
};
const list = (value: unknown, name: string): unknown[] => {
  const found = field(value, name);
  return Array.isArray(found) ? found : [];
};

/** API keys by company id, plus the platform key. */
export interface DemoKeys {
  platform: string;
  companies: Record<string, string>;
}

/** What the walkthrough needs to know. */
export interface Seeded {
  fundRequests: Array<{ id: string; stage: Stage; status: string }>;
  jointSolutionId: string;
  jointStatus: string;
  budgetId: string;
}

/** Creates the demo companies (the platform key may). */
export async function seedCompanies(call: Call, platformKey: string): Promise<void> {
  for (const company of COMPANIES) {
    expectStatus(await call(platformKey, 'POST', '/admin/companies', company), [201, 409], `company ${company.id}`);
  }
}

/** Directory, relationships, budget, allocations, fund requests and the joint solution. */
export async function seed(call: Call, keys: DemoKeys, log: (line: string) => void): Promise<Seeded> {
  const key = (company: string) => keys.companies[company] ?? '';
  await seedDirectory(call, key, log);

  for (const partner of PARTNERS) {
    expectStatus(await call(key(VENDOR), 'POST', '/relationships', { partnerCompanyId: partner, program: 'mdf' }), [201, 409], `inviting ${partner}`);
    const relationships = list((await call(key(partner), 'GET', '/relationships')).body, 'relationships');
    const active = relationships.some((relationship) => text(relationship, 'vendorCompanyId') === VENDOR && text(relationship, 'program') === 'mdf' && text(relationship, 'status') === 'active');
    if (!active) expectStatus(await call(key(partner), 'POST', '/relationships/accept', { vendorCompanyId: VENDOR, program: 'mdf' }), [200], `${partner} accepting`);
  }
  log('Relationships: Acme ↔ Globex, Acme ↔ Initech (program mdf)');

  const budgetId = await seedBudget(call, key(VENDOR));
  const allocations = await seedAllocations(call, key(VENDOR), budgetId);
  log(`Budget ${budgetId} (2026-H1, USD 100,000.00) with allocations to ${PARTNERS.join(' and ')}`);

  const fundRequests: Seeded['fundRequests'] = [];
  for (const request of FUND_REQUESTS) {
    const state = await seedFundRequest(call, key, allocations['globex'] ?? '', request);
    fundRequests.push({ id: text(state, 'id'), stage: request.stage, status: text(state, 'status') });
    log(`Fund request "${request.description}": ${text(state, 'status')}`);
  }

  const joint = await seedJointSolution(call, key);
  log(`Joint solution "Checkout Insights": ${joint.status}`);
  return { fundRequests, jointSolutionId: joint.id, jointStatus: joint.status, budgetId };
}

async function seedDirectory(call: Call, key: (company: string) => string, log: (line: string) => void): Promise<void> {
  const template = await jointTemplate(call, key(VENDOR));
  const groupOf = (role: string) => {
    for (const party of Object.values(template)) {
      const group = party[role];
      if (group) return group;
    }
    return role;
  };
  for (const person of PEOPLE) {
    const companyKey = key(person.company);
    expectStatus(await call(companyKey, 'POST', '/directory/people', { email: person.email, name: person.name }), [201, 409], `adding ${person.email}`);
    for (const group of [...person.groups, ...person.jointRoles.map(groupOf)]) {
      expectStatus(await call(companyKey, 'POST', '/directory/groups', { name: group }), [201, 409], `group ${group}`);
      expectStatus(await call(companyKey, 'POST', `/directory/groups/${group}/members`, { email: person.email }), [200], `${person.email} into ${group}`);
    }
  }
  log(`Directory: ${PEOPLE.length} people in ${COMPANIES.length} companies, with their groups`);
}

/** Party → role → directory group of the newest joint-solution template. */
async function jointTemplate(call: Call, key: string): Promise<Record<string, Record<string, string>>> {
  const versions = list((await call(key, 'GET', '/templates')).body, 'templates').filter((template) => text(template, 'id') === 'joint-solution' && field(template, 'deprecated') !== true);
  const newest = Math.max(...versions.map((template) => Number(field(template, 'version'))));
  const found = expectStatus(await call(key, 'GET', `/templates/joint-solution/versions/${newest}`), [200], 'the joint-solution template');
  const parties = field(field(found.body, 'template'), 'parties');
  return Object.fromEntries(
    Object.entries(typeof parties === 'object' && parties !== null ? parties : {}).map(([party, definition]) => {
      const roles = field(definition, 'roles');
      return [party, Object.fromEntries(Object.entries(typeof roles === 'object' && roles !== null ? roles : {}).map(([role, spec]) => [role, text(spec, 'group') || role]))];
    }),
  );
}

const BUDGET_NAME = 'Partner marketing (demo)';
const PERIOD = '2026-H1';

async function seedBudget(call: Call, vendorKey: string): Promise<string> {
  const budgets = list((await call(vendorKey, 'GET', `/budgets?period=${PERIOD}`)).body, 'budgets');
  const existing = budgets.find((budget) => text(budget, 'name') === BUDGET_NAME);
  if (existing) return text(existing, 'id');
  const team = {
    channel_manager: [memberOf(VENDOR, 'channel_managers').email],
    marketing_approver: [memberOf(VENDOR, 'marketing_approvers').email],
    finance: [memberOf(VENDOR, 'finance').email],
    compliance: [memberOf(VENDOR, 'compliance').email],
  };
  const created = expectStatus(
    await call(vendorKey, 'POST', '/budgets', { name: BUDGET_NAME, period: PERIOD, currency: 'USD', total: 100_000_00, team, settings: { auditSamplePercent: 0 } }, { 'idempotency-key': `demo-budget-${PERIOD}` }),
    [201],
    'the budget',
  );
  return text(created.body, 'id');
}

async function seedAllocations(call: Call, vendorKey: string, budgetId: string): Promise<Record<string, string>> {
  const amounts: Record<string, number> = { globex: 40_000_00, initech: 20_000_00 };
  const found = list(expectStatus(await call(vendorKey, 'GET', `/budgets/${budgetId}`), [200], 'the budget').body, 'allocations');
  const ids: Record<string, string> = {};
  for (const partner of PARTNERS) {
    const existing = found.find((allocation) => text(allocation, 'partnerCompanyId') === partner);
    ids[partner] = existing
      ? text(existing, 'id')
      : text(expectStatus(await call(vendorKey, 'POST', `/budgets/${budgetId}/allocations`, { partnerCompanyId: partner, amount: amounts[partner] }), [201], `allocation to ${partner}`).body, 'id');
  }
  return ids;
}

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** Statuses in the order a request passes them on the way the demo takes it. */
const ORDER = ['In review', 'Claim due', 'Claim submitted', 'Approved', 'Reimbursed', 'In audit', 'Awaiting results', 'Results due', 'Closed'];
const TARGET: Record<Stage, string> = { 'waiting for pre-approval': 'In review', 'claim due': 'Claim due', 'claim in review': 'Claim submitted', closed: 'Closed' };
const reached = (status: string, target: string) => ORDER.indexOf(status) >= ORDER.indexOf(target);

async function seedFundRequest(call: Call, key: (company: string) => string, allocationId: string, request: (typeof FUND_REQUESTS)[number]): Promise<unknown> {
  const partner = key('globex');
  const vendor = key(VENDOR);
  const requester = memberOf('globex', 'requesters').email;
  // The closed one ran a season ago and was paid over 90 days back, so its results follow-up is due now.
  const ranDaysAgo = request.stage === 'closed' ? 120 : 10;
  const proposal = { activityType: request.activityType, description: request.description, startDate: day(-ranDaysAgo), endDate: day(-ranDaysAgo + 7), requestedAmount: { amount: request.amount, currency: 'USD' }, expectedLeads: 40 };
  const started = expectStatus(await call(partner, 'POST', '/fund-requests', { allocationId, requester, businessKey: request.businessKey, proposal }), [200, 201], `fund request ${request.businessKey}`);
  const id = text(started.body, 'id');
  const path = `/fund-requests/${encodeURIComponent(id)}`;
  const target = TARGET[request.stage];
  const decide = async (taskId: string, actor: string, outcome: string, form?: Record<string, unknown>) =>
    expectStatus(await call(vendor, 'POST', `/instances/${encodeURIComponent(id)}/tasks/${taskId}/decision`, { actor, outcome, ...(form ? { form } : {}) }), [200, 409], `${taskId} of ${request.businessKey}`);

  let state = await waitForStatus(call, vendor, path, (status) => ORDER.includes(status));
  if (!reached(text(state, 'status'), 'Claim due') && target !== 'In review') {
    await decide('manager_review.1.vendor.channel_manager', memberOf(VENDOR, 'channel_managers').email, 'approve');
    state = await waitForStatus(call, vendor, path, (status) => reached(status, 'Claim due'));
  }
  if (text(state, 'status') === 'Claim due' && reached(target, 'Claim submitted')) {
    const invoice = { name: `Invoice ${request.businessKey}`, url: `https://invoices.globex.example/${request.businessKey}.pdf` };
    const claim = { proof: [{ name: 'Attendee list', url: `https://globex.example/proof/${request.businessKey}.csv` }], invoices: [invoice], actualCost: { amount: request.amount, currency: 'USD' }, attendees: 80, leads: 35 };
    expectStatus(await call(partner, 'POST', `${path}/claim`, { actor: requester, claim }), [200, 409], `claim of ${request.businessKey}`);
    state = await waitForStatus(call, vendor, path, (status) => reached(status, 'Claim submitted'));
  }
  if (text(state, 'status') === 'Claim submitted' && target === 'Closed') {
    expectStatus(await call(vendor, 'POST', `${path}/claim-review`, { actor: memberOf(VENDOR, 'marketing_approvers').email, outcome: 'approve' }), [200, 409], `review of ${request.businessKey}`);
    state = await waitForStatus(call, vendor, path, (status) => reached(status, 'Approved'));
  }
  if (text(state, 'status') === 'Approved' && target === 'Closed') {
    await decide('reimbursement.1.vendor.finance', memberOf(VENDOR, 'finance').email, 'paid', { payment_reference: `PAY-${request.businessKey}`, paid_on: day(-ranDaysAgo + 20) });
    state = await waitForStatus(call, vendor, path, (status) => reached(status, 'In audit'));
  }
  if (text(state, 'status') === 'In audit' && target === 'Closed') {
    await decide('audit.1.vendor.compliance', memberOf(VENDOR, 'compliance').email, 'pass', { findings: 'Proof and invoices match.' });
    state = await waitForStatus(call, vendor, path, (status) => reached(status, 'Results due'));
  }
  if (text(state, 'status') === 'Results due' && target === 'Closed') {
    // What the activity won, as the partner's marketing lead (the requester, unless named) reports it: the report's return on MDF.
    const results = { won_count: 3, won_revenue: { amount: request.amount * 14, currency: 'USD' }, notes: 'Three deals closed from the leads.' };
    expectStatus(
      await call(partner, 'POST', `/instances/${encodeURIComponent(id)}/tasks/outcome_report.1.partner.marketing_lead/decision`, { actor: requester, outcome: 'submit', form: results }),
      [200, 409],
      `results of ${request.businessKey}`,
    );
    state = await waitForStatus(call, vendor, path, (status) => status === 'Closed');
  }
  return state;
}

/** Long-polls `path` until its status satisfies `done` (at most a minute). */
async function waitForStatus(call: Call, key: string, path: string, done: (status: string) => boolean): Promise<unknown> {
  const deadline = Date.now() + 60_000;
  let etag: string | null = null;
  let last: unknown;
  for (;;) {
    const answer = await call(key, 'GET', `${path}?waitForChange=10s`, undefined, etag ? { 'if-none-match': etag } : {});
    if (answer.status === 200) {
      last = answer.body;
      etag = answer.etag;
      if (done(text(last, 'status'))) return last;
    } else expectStatus(answer, [304], path);
    if (Date.now() > deadline) throw new Error(`${path} stayed ${text(last, 'status')}`);
  }
}

async function seedJointSolution(call: Call, key: (company: string) => string): Promise<{ id: string; status: string }> {
  const lead = (company: string) => jointHolder(company, 'alliance_lead').email;
  const started = expectStatus(
    await call(key(VENDOR), 'POST', '/instances', {
      templateId: 'joint-solution',
      businessKey: 'demo-checkout-insights',
      bindings: { companies: { company_a: VENDOR, company_b: 'globex', company_c: 'initech', certifier: 'initech', publisher: 'initech' } },
      input: { solution_name: 'Checkout Insights' },
      initiator: lead(VENDOR),
    }),
    [200, 201],
    'the joint solution',
  );
  const id = text(started.body, 'id');
  const path = `/instances/${encodeURIComponent(id)}`;
  const openTasks = async () => list((await call(key(VENDOR), 'GET', path)).body, 'tasks').filter((task) => text(task, 'status') === 'open').map((task) => text(task, 'id'));
  const decide = async (company: string, taskId: string, outcome: string, form?: Record<string, unknown>) => {
    if (!(await waitForTask(openTasks, taskId))) return;
    expectStatus(await call(key(company), 'POST', `${path}/tasks/${taskId}/decision`, { actor: lead(company), outcome, ...(form ? { form } : {}) }), [200, 409], taskId);
  };
  const status = async () => text((await call(key(VENDOR), 'GET', path)).body, 'status');
  // A new instance reads Starting until its workflow writes it, a moment after its start.
  for (let tries = 0; tries < 100 && ['', 'Starting'].includes(await status()); tries++) await new Promise((resolve) => setTimeout(resolve, 100));
  if ((await status()) === 'Planning') {
    await decide(VENDOR, 'plan.1.company_a.alliance_lead', 'submit', {
      scope: 'Checkout analytics for mid-size retailers, sold on the Initech marketplace',
      target_date: day(90),
      workstream_company_a: 'Checkout connector',
      workstream_company_b: 'Analytics service',
      workstream_company_c: 'Marketplace packaging and billing',
    });
  }
  const parties: Record<string, string> = { [VENDOR]: 'company_a', globex: 'company_b', initech: 'company_c' };
  for (const company of [VENDOR, ...PARTNERS]) {
    if ((await status()) === 'Plan in review') await decide(company, `plan_approval.1.${parties[company] ?? ''}.alliance_lead`, 'approve');
  }
  for (let tries = 0; tries < 100 && (await status()) !== 'Building'; tries++) await new Promise((resolve) => setTimeout(resolve, 100));
  return { id, status: await status() };
}

/** Waits until `taskId` is open (the workflow opens it a moment after the decision before). */
async function waitForTask(openTasks: () => Promise<string[]>, taskId: string): Promise<boolean> {
  let open: string[] = [];
  for (let tries = 0; tries < 100; tries++) {
    open = await openTasks();
    if (open.includes(taskId)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`task ${taskId} did not open; open: ${open.join(', ') || 'none'}`);
}
