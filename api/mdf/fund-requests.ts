/**
 * Fund requests as portals see them: the instance's projection (status, proposal, claim,
 * open tasks) joined with its funds in the ledger, and its uploaded documents. A fund
 * request of another company is not found.
 */
import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { z } from 'zod';
import type { InstanceState } from '../../workflows/schemas.js';
import type { Db } from '../../activities/directory/index.js';
import { asCompany, queryAs, readInstance } from '../projection.js';
import { canSeeTask, taskView, type TaskView } from '../visibility.js';
import { listAllocations } from './budgets.js';
import { MDF_STEPS } from './steps.js';
import type { ReceivedDocument } from './upload.js';

/** The template every fund request runs. */
export const FUND_REQUEST_TEMPLATE = 'mdf-fund-request';

/** A fund request's holdings in the ledger. */
export interface Funds {
  allocationId: string;
  currency: string;
  requested: number;
  reserved: number;
  committed: number;
  released: number;
  clawedBack: number;
}

/** A fund request as the API shows it. */
export interface FundRequestView {
  id: string;
  status: string;
  lifecycle: InstanceState['lifecycle'];
  vendorCompanyId: string | null;
  partnerCompanyId: string | null;
  allocationId: string | null;
  proposal: Record<string, unknown> | null;
  claim: Record<string, unknown> | null;
  funds: Funds | null;
  /** Why the ledger last refused, e.g. the allocation had too little left. */
  problem: { code: string; message: string } | null;
  openTasks: TaskView[];
  startedAt: string;
  updatedAt: string;
}

const minor = z.union([z.string(), z.number()]).transform(Number).pipe(z.int());
const FundsRow = z.object({ allocation_id: z.string(), currency: z.string(), requested: minor, reserved: minor, committed: minor, released: minor, clawed_back: minor });
const Problem = z.object({ code: z.string(), message: z.string() });

/** The funds of a fund request the company takes part in. */
export async function fundsOf(pool: pg.Pool, fundRequestId: string, companyId: string): Promise<Funds | undefined> {
  const result = await queryAs(pool, companyId, 'SELECT * FROM mdf_fund_requests WHERE id = $1 AND (vendor_company_id = $2 OR partner_company_id = $2)', [fundRequestId, companyId]);
  if (result.rows[0] === undefined) return undefined;
  const row = FundsRow.parse(result.rows[0]);
  return { allocationId: row.allocation_id, currency: row.currency, requested: row.requested, reserved: row.reserved, committed: row.committed, released: row.released, clawedBack: row.clawed_back };
}

/** The view of one fund request for `companyId`. */
export function fundRequestView(state: InstanceState, funds: Funds | undefined, companyId: string): FundRequestView {
  const allocation = state.input['allocation_id'];
  const problem = Problem.safeParse(state.vars['ledger_problem']);
  return {
    id: state.instanceId,
    status: state.status,
    lifecycle: state.lifecycle,
    vendorCompanyId: state.bindings.companies['vendor'] ?? null,
    partnerCompanyId: state.bindings.companies['partner'] ?? null,
    allocationId: typeof allocation === 'string' ? allocation : null,
    proposal: state.steps[MDF_STEPS.proposal]?.form ?? null,
    claim: state.steps[MDF_STEPS.claim]?.form ?? null,
    funds: funds ?? null,
    problem: problem.success ? problem.data : null,
    openTasks: state.tasks.filter((task) => task.status === 'open' && canSeeTask(task, companyId)).map((task) => taskView(state, task)),
    startedAt: new Date(state.startedAt).toISOString(),
    updatedAt: new Date(state.updatedAt).toISOString(),
  };
}

/** A fund request's projected state, if `companyId` takes part in it. */
export async function readFundRequest(pool: pg.Pool, id: string, companyId: string): Promise<InstanceState | undefined> {
  const found = await readInstance(pool, id, companyId);
  return found?.state.templateId === FUND_REQUEST_TEMPLATE ? found.state : undefined;
}

/** Fund requests the company takes part in, newest change first. */
export async function listFundRequests(
  pool: pg.Pool,
  companyId: string,
  filter: { status?: string | undefined; partner?: string | undefined; allocationIds?: string[] | undefined; limit: number },
): Promise<InstanceState[]> {
  const result = await asCompany(pool, companyId, (client) =>
    client.query<{ state: InstanceState }>(
      `SELECT state FROM instances
       WHERE template_id = $1 AND $2 = ANY (company_ids)
         AND ($3::text IS NULL OR status = $3)
         AND ($4::text IS NULL OR companies ->> 'partner' = $4)
         AND ($5::text[] IS NULL OR state -> 'input' ->> 'allocation_id' = ANY ($5))
       ORDER BY updated_at DESC LIMIT $6`,
      [FUND_REQUEST_TEMPLATE, companyId, filter.status ?? null, filter.partner ?? null, filter.allocationIds ?? null, filter.limit],
    ),
  );
  return result.rows.map((row) => row.state);
}

/**
 * The fund requests the company takes part in as it sees them, newest change first, by status,
 * partner and the period of their allocation's budget: what GET /fund-requests and the
 * console's GET /me/fund-requests answer.
 */
export async function fundRequestViews(
  pool: pg.Pool,
  companyId: string,
  filter: { status?: string | undefined; partner?: string | undefined; period?: string | undefined; limit: number },
): Promise<FundRequestView[]> {
  const allocationIds = filter.period ? (await listAllocations(pool, companyId, { period: filter.period })).map((allocation) => allocation.id) : undefined;
  const states = await listFundRequests(pool, companyId, { status: filter.status, partner: filter.partner, allocationIds, limit: filter.limit });
  return Promise.all(states.map(async (state) => fundRequestView(state, await fundsOf(pool, state.instanceId, companyId), companyId)));
}

/** A stored document without its bytes. */
export interface StoredDocument {
  id: string;
  name: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedAt: string;
}

const DocumentRow = z.object({ id: z.string(), name: z.string(), content_type: z.string(), size: z.number(), sha256: z.string(), uploaded_at: z.date() });

function toStored(raw: unknown): StoredDocument {
  const row = DocumentRow.parse(raw);
  return { id: row.id, name: row.name, contentType: row.content_type, size: row.size, sha256: row.sha256, uploadedAt: row.uploaded_at.toISOString() };
}

/** Stores uploaded documents of a fund request, in the caller's transaction (as the API role, the partner). */
export async function storeDocuments(
  db: Db,
  owner: { fundRequestId: string; vendorCompanyId: string; partnerCompanyId: string; uploadedBy: string },
  documents: ReceivedDocument[],
): Promise<StoredDocument[]> {
  const stored: StoredDocument[] = [];
  for (const document of documents) {
    const result = await db.query(
      `INSERT INTO mdf_documents (id, fund_request_id, vendor_company_id, partner_company_id, name, content_type, size, sha256, content, uploaded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id, name, content_type, size, sha256, uploaded_at`,
      [`doc_${randomBytes(12).toString('hex')}`, owner.fundRequestId, owner.vendorCompanyId, owner.partnerCompanyId, document.name, document.contentType, document.size, document.sha256, document.content, owner.uploadedBy],
    );
    stored.push(toStored(result.rows[0]));
  }
  return stored;
}

/** Documents of a fund request by id, as the company may see them. */
export async function findDocuments(pool: pg.Pool, fundRequestId: string, companyId: string, ids: string[]): Promise<StoredDocument[]> {
  const result = await queryAs(
    pool,
    companyId,
    `SELECT id, name, content_type, size, sha256, uploaded_at FROM mdf_documents
     WHERE fund_request_id = $1 AND (vendor_company_id = $2 OR partner_company_id = $2) AND id = ANY ($3)`,
    [fundRequestId, companyId, ids],
  );
  return result.rows.map(toStored);
}

/** One document with its bytes, if the company may see it. */
export async function readDocument(pool: pg.Pool, fundRequestId: string, companyId: string, id: string): Promise<(StoredDocument & { content: Buffer }) | undefined> {
  const result = await queryAs(
    pool,
    companyId,
    `SELECT id, name, content_type, size, sha256, uploaded_at, content FROM mdf_documents
     WHERE fund_request_id = $1 AND (vendor_company_id = $2 OR partner_company_id = $2) AND id = $3`,
    [fundRequestId, companyId, id],
  );
  const row: unknown = result.rows[0];
  if (row === undefined) return undefined;
  const content = z.object({ content: z.instanceof(Buffer) }).parse(row).content;
  return { ...toStored(row), content };
}

/**
 * The newest document of an instance with this content (its sha256), if the company may see
 * it: what forms record of an uploaded document is its name, size and hash.
 */
export async function readDocumentByHash(pool: pg.Pool, instanceId: string, companyId: string, sha256: string): Promise<(StoredDocument & { content: Buffer }) | undefined> {
  const result = await queryAs(
    pool,
    companyId,
    `SELECT id, name, content_type, size, sha256, uploaded_at, content FROM mdf_documents
     WHERE fund_request_id = $1 AND (vendor_company_id = $2 OR partner_company_id = $2) AND sha256 = $3
     ORDER BY uploaded_at DESC LIMIT 1`,
    [instanceId, companyId, sha256],
  );
  const row: unknown = result.rows[0];
  if (row === undefined) return undefined;
  const content = z.object({ content: z.instanceof(Buffer) }).parse(row).content;
  return { ...toStored(row), content };
}
