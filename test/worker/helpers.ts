/** Talking to the real Worker (SELF) in tests: a fresh workspace per test, record factories. */
import { SELF } from 'cloudflare:test';
import { expect } from 'vitest';
import type { ClipInput, ReportInput } from '../../shared/api/records';
import type { CreateWorkspaceResponse } from '../../shared/api/auth';

export const ADMIN = 'test-admin-token';
export const BASE = 'http://x/api/v1';

export interface Call {
  status: number;
  headers: Headers;
  body: any;
  text: string;
}

/** One request; `body` objects are sent as JSON, strings as they are. */
export async function call(
  method: string,
  path: string,
  opts: { token?: string | null; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Call> {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  let body: BodyInit | undefined;
  if (opts.body !== undefined) {
    body = typeof opts.body === 'string' || opts.body instanceof Uint8Array ? (opts.body as BodyInit) : JSON.stringify(opts.body);
    headers['content-type'] ??= 'application/json';
  }
  const res = await SELF.fetch(`${BASE}${path}`, { method, headers, body });
  const text = await res.text();
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = null;
  }
  return { status: res.status, headers: res.headers, body: parsed, text };
}

export const get = (path: string, token?: string | null) => call('GET', path, { token });
export const post = (path: string, body: unknown, token?: string | null) => call('POST', path, { token, body });

export async function newWorkspace(name = 'ws'): Promise<CreateWorkspaceResponse> {
  const r = await post('/admin/workspaces', { name }, ADMIN);
  expect(r.status).toBe(201);
  return r.body;
}

let clock = 1_700_000_000_000;
/** Strictly increasing times, so tests never depend on the wall clock. */
export const tick = () => (clock += 1000);

export function clip(over: Partial<ClipInput> = {}): ClipInput & { id: string; updatedAt: number } {
  const t = tick();
  return {
    id: crypto.randomUUID(),
    url: 'https://jyt.example.gov.cn/2024/report.html',
    pageTitle: '2024年职业教育质量年度报告',
    indicatorId: 'enrollment_total',
    label: '在校生数',
    value: 12345,
    unit: '人',
    year: 2024,
    quote: '全省中职在校生12345人',
    note: '',
    tags: ['江苏'],
    createdAt: t,
    updatedAt: t,
    deletedAt: null,
    ...over,
  } as ClipInput & { id: string; updatedAt: number };
}

export function report(over: Partial<ReportInput> = {}): ReportInput & { id: string; updatedAt: number } {
  const t = tick();
  return {
    id: crypto.randomUUID(),
    url: 'https://jyt.example.gov.cn/2024/report.html',
    title: '江苏省2024年中等职业教育质量年度报告',
    region: '江苏省',
    regionLevel: 'province',
    province: '江苏省',
    year: 2024,
    level: 'secondary',
    publisher: '江苏省教育厅',
    publishedAt: '2024-12-30',
    indicators: [
      { id: 'school_count', year: 2024, value: 200, unit: '所', quote: '全省中职学校200所' },
      { id: 'enrollment_total', year: 2024, value: 600000, unit: '人', quote: '在校生60万人' },
      { id: 'enrollment_total', year: 2023, value: 580000, unit: '人', quote: '上年在校生58万人' },
    ],
    createdAt: t,
    updatedAt: t,
    deletedAt: null,
    ...over,
  } as ReportInput & { id: string; updatedAt: number };
}

export const push = (token: string, changes: { kind: 'report' | 'clip'; record: unknown }[]) =>
  post('/sync/push', { changes }, token);

/** Pulls everything after `since`, page by page. */
export async function pullAll(token: string, since = 0, limit = 1000) {
  const out: any[] = [];
  let pages = 0;
  for (;;) {
    const r = await get(`/sync/pull?since=${since}&limit=${limit}`, token);
    expect(r.status).toBe(200);
    out.push(...r.body.changes);
    pages++;
    since = r.body.next;
    if (!r.body.more) return { changes: out, next: since, pages };
  }
}

/** The 400 body names this field among its issues. */
export function expectIssue(r: Call, path: string) {
  expect(r.status).toBe(400);
  expect(r.body?.error?.code).toBe('bad_request');
  expect(r.body.error.issues.map((i: { path: string }) => i.path)).toContain(path);
}
