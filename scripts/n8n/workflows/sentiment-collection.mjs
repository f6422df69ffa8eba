// sentiment-collection: a company → Hacker News search (Algolia's /api/v1/search) → mentions → the app, which scores them.
import { callbackSteps, code, failureSteps, main, signedCallback, sourceRequest, verifiedTrigger, workflowFile, TRIGGER } from "../lib/workflow-blocks.mjs";

const KEY = "sentiment-collection";

export function sentimentCollectionWorkflow() {
  const trigger = verifiedTrigger(KEY, "hyperformant/sentiment-collection");
  const started = signedCallback(KEY, "running callback", 5, 0, ["Search Hacker News"]);
  const results = signedCallback(KEY, "result callbacks", 10, 0);
  const nodes = [
    ...trigger.nodes,
    code(KEY, "Running", 4, 0, callbackSteps(`[{ stepId: 'started', result: { kind: 'status', status: 'running' } }]`)),
    ...started.nodes,
    sourceRequest(KEY, "Search Hacker News", 8, 0, {
      // HN_SEARCH_BASE_URL points it elsewhere (default Algolia's public, keyless API).
      url: "={{ ($env.HN_SEARCH_BASE_URL || 'https://hn.algolia.com').replace(/\\/+$/, '') }}/api/v1/search",
      sendQuery: true,
      queryParameters: {
        parameters: [
          { name: "query", value: `={{ $('${TRIGGER}').first().json.body.input.companyName }}` },
          { name: "tags", value: "(story,comment)" },
          { name: "hitsPerPage", value: "30" },
        ],
      },
      options: { timeout: 15000 },
    }),
    code(KEY, "Mentions from hits", 9, 0, callbackSteps(`
(() => {
  const { companyId } = $('${TRIGGER}').first().json.body.input;
  const plain = (html) => String(html ?? '')
    .replace(/<p>/gi, ' ').replace(/<[^>]*>/g, '')
    .replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/&gt;/g, '>').replace(/&lt;/g, '<').replace(/&amp;/g, '&')
    .replace(/\\s+/g, ' ').trim();
  const mentions = ($input.first().json.hits ?? [])
    .map((hit) => ({ hit, text: plain(hit.comment_text) || [plain(hit.title), plain(hit.story_text)].filter(Boolean).join(' — ') }))
    .filter(({ hit, text }) => text && hit.objectID && hit.created_at)
    .slice(0, 500)
    .map(({ hit, text }) => ({
      text: text.slice(0, 5000),
      sourceName: 'Hacker News',
      sourceUrl: \`https://news.ycombinator.com/item?id=\${hit.objectID}\`,
      ...(hit.author ? { author: String(hit.author).slice(0, 200) } : {}),
      publishedAt: hit.created_at,
    }));
  return [
    ...(mentions.length > 0 ? [{ stepId: 'mentions', result: { kind: 'sentiment-mentions', companyId, mentions } }] : []),
    { stepId: 'finished', result: { kind: 'status', status: 'succeeded' } },
  ];
})()`)),
    code(KEY, "Mention search failed", 9, 1, failureSteps("The Hacker News search")),
    ...results.nodes,
  ];
  const connections = {
    ...trigger.connections,
    [trigger.accepted]: main([["Running"]]),
    Running: main([[started.first]]),
    ...started.connections,
    "Search Hacker News": main([["Mentions from hits"], ["Mention search failed"]]),
    "Mentions from hits": main([[results.first]]),
    "Mention search failed": main([[results.first]]),
    ...results.connections,
  };
  return workflowFile({ id: "hfSentimentScan1", name: "Hyperformant sentiment collection", nodes, connections });
}
