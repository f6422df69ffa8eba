// Credentials referenced by the workflow files. The files name a credential and carry a placeholder
// id; each n8n instance has its own ids, so the import points every reference at the instance's id.

/**
 * Credentials the import can create itself, from a secret in its environment. The trigger's
 * Header Auth: the app sends the shared secret in this header (N8N_WEBHOOK_SECRET on its side);
 * the news search's API key.
 */
export const MANAGED_CREDENTIALS = [
  {
    name: "Hyperformant shared secret",
    type: "httpHeaderAuth",
    secretEnv: "HYPERFORMANT_N8N_SECRET",
    data: (secret) => ({ name: "x-hyperformant-secret", value: secret }),
  },
  {
    // The same secret as the HMAC key the workflows check triggers and sign callbacks with.
    name: "Hyperformant signing key",
    type: "crypto",
    secretEnv: "HYPERFORMANT_N8N_SECRET",
    data: (secret) => ({ hmacSecret: secret }),
  },
  {
    // market-research's news search: NewsAPI.org reads its key from this header.
    name: "NewsAPI key",
    type: "httpHeaderAuth",
    secretEnv: "NEWSAPI_KEY",
    data: (secret) => ({ name: "X-Api-Key", value: secret }),
  },
];

const keyOf = (type, name) => `${type}\u0000${name}`;

/**
 * Every distinct { type, name, placeholderId } credential that the workflows' nodes reference.
 * placeholderId is the id the file carries: found in n8n, it only means an earlier import ran
 * before the credential existed.
 */
export function referencedCredentials(workflows) {
  const found = new Map();
  for (const workflow of workflows) {
    for (const node of workflow.nodes ?? []) {
      for (const [type, reference] of Object.entries(node.credentials ?? {})) {
        if (typeof reference?.name === "string") {
          const placeholderId = reference.id === undefined || reference.id === null ? undefined : String(reference.id);
          found.set(keyOf(type, reference.name), { type, name: reference.name, placeholderId });
        }
      }
    }
  }
  return [...found.values()];
}

/** The ids that workflows already in n8n use for each { type, name }: Map(key → id). */
export function knownCredentialIds(existingWorkflows) {
  const ids = new Map();
  for (const workflow of existingWorkflows) {
    for (const node of workflow.nodes ?? []) {
      for (const [type, reference] of Object.entries(node.credentials ?? {})) {
        if (typeof reference?.name === "string" && reference.id !== undefined && reference.id !== null) {
          ids.set(keyOf(type, reference.name), String(reference.id));
        }
      }
    }
  }
  return ids;
}

/**
 * Decides, for each referenced credential, whether to reuse the id n8n already uses, create it
 * (managed credentials whose secret is available; always when `replace` asks for a new secret), or
 * leave the placeholder and warn. Returns [{ type, name, action: 'reuse'|'create'|'missing', id?, create? }].
 */
export function planCredentials({ referenced, knownIds, env, replace = false }) {
  return referenced.map(({ type, name, placeholderId }) => {
    const id = knownIds.get(keyOf(type, name));
    const knownId = id === placeholderId ? undefined : id;
    const managed = MANAGED_CREDENTIALS.find((c) => c.type === type && c.name === name);
    const secret = managed ? env[managed.secretEnv] : undefined;
    if (knownId !== undefined && !(replace && secret)) return { type, name, action: "reuse", id: knownId };
    if (secret) return { type, name, action: "create", create: { name, type, data: managed.data(secret) } };
    return {
      type,
      name,
      action: "missing",
      hint: managed
        ? `set ${managed.secretEnv} and run the import again, or create it in n8n ` +
          `(Credentials → ${type}, name "${name}", ${Object.keys(managed.data("")).map((field) => (field === "name" ? `name ${managed.data("").name}` : field)).join(", ")}: the value of ${managed.secretEnv}) ` +
          "and select it in the nodes that use it"
        : `create it in n8n and select it in the nodes that use it`,
    };
  });
}

/** A copy of the workflow whose credential references use the ids in Map(key → id). */
export function withCredentialIds(workflow, ids) {
  return {
    ...workflow,
    nodes: workflow.nodes.map((node) => {
      if (!node.credentials) return node;
      const credentials = Object.fromEntries(
        Object.entries(node.credentials).map(([type, reference]) => {
          const id = ids.get(keyOf(type, reference?.name));
          return [type, id === undefined ? reference : { ...reference, id }];
        }),
      );
      return { ...node, credentials };
    }),
  };
}

export { keyOf as credentialKey };
