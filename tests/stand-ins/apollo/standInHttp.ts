/** Plain-fetch helpers for the stand-in's own tests (not the app's client): its API and its control channel. */
export interface Page<T> {
  status: number;
  headers: Headers;
  body: T;
}
export interface Label {
  id: string;
  name: string;
  modality: "contacts" | "accounts";
  cached_count: number;
  created_at: string;
  updated_at: string;
}
export interface Pagination {
  page: number;
  per_page: number;
  total_entries: number;
  total_pages: number;
}
export interface ContactRecord {
  id: string;
  first_name: string;
  last_name: string;
  name: string;
  title: string;
  email: string | null;
  email_status: string;
  organization_name: string;
  organization_id: string;
  account_id: string;
  linkedin_url: string;
  label_ids: string[];
  updated_at: string;
}

let counter = 0;
/** A key no other test uses (keys namespace all state). */
export const freshKey = (name: string) => `apollo-test-${name}-${process.pid}-${(counter += 1)}`;

export function apolloApi(baseUrl: string, key: string) {
  const call = async <T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<Page<T>> => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { "x-api-key": key, "content-type": "application/json" },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
      signal,
    });
    const text = await response.text();
    const isJson = response.headers.get("content-type")?.includes("application/json");
    return { status: response.status, headers: response.headers, body: (isJson ? JSON.parse(text) : text) as T };
  };
  return {
    call,
    labels: async () => (await call<Label[]>("GET", "/labels")).body,
    label: async (name: string) => {
      const label = (await call<Label[]>("GET", "/labels")).body.find((candidate) => candidate.name === name);
      if (!label) throw new Error(`no list named ${name}`);
      return label;
    },
    contacts: (body: Record<string, unknown>, signal?: AbortSignal) =>
      call<{ contacts: ContactRecord[]; pagination: Pagination; error?: string }>("POST", "/contacts/search", body, signal),
    accounts: (body: Record<string, unknown>) =>
      call<{ accounts: { id: string; name: string; domain: string; organization_id: string; label_ids: string[]; updated_at: string }[]; pagination: Pagination }>(
        "POST",
        "/accounts/search",
        body,
      ),
    /** Every member of a contact list, paging 100 at a time. */
    allContacts: async (labelId: string) => {
      const all: ContactRecord[] = [];
      for (let page = 1; ; page += 1) {
        const { body } = await call<{ contacts: ContactRecord[]; pagination: Pagination }>("POST", "/contacts/search", { contact_label_ids: [labelId], page, per_page: 100 });
        all.push(...body.contacts);
        if (page >= body.pagination.total_pages) return all;
      }
    },
  };
}

/** The control channel at the stand-in's origin (baseUrl ends in /api/v1). */
export function control(baseUrl: string) {
  const origin = new URL(baseUrl).origin;
  const post = async <T = Record<string, unknown>>(path: string, body: unknown) => {
    const response = await fetch(`${origin}/__stand-in${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    return { status: response.status, body: (await response.json()) as T };
  };
  const get = async <T = Record<string, unknown>>(path: string, query: Record<string, string>) => {
    const response = await fetch(`${origin}/__stand-in${path}?${new URLSearchParams(query)}`);
    return { status: response.status, body: (await response.json()) as T };
  };
  return {
    post,
    get,
    scenario: async (scenario: Record<string, unknown>) => {
      const { status, body } = await post<{ lists: { id: string; name: string; modality: string; size: number }[]; error?: string }>("/scenarios", scenario);
      if (status !== 200) throw new Error(`scenario refused (${status}): ${body.error}`);
      return body.lists;
    },
    members: async (apiKey: string, listName: string) => (await get<{ ids: string[] }>("/lists/members", { apiKey, listName })).body.ids,
    served: async (apiKey: string) =>
      (
        await get<{
          lists: { name: string; id: string; requests: number; pagesServed: Record<string, number>; statuses: Record<string, number>; hung: number }[];
          sequences: { id: string; name: string; enrolled: number; enrolledContactIds: string[]; addContactIdsRequests: number }[];
        }>("/served", { apiKey })
      ).body,
    reset: () => fetch(`${origin}/__stand-in/reset`, { method: "POST" }),
  };
}
