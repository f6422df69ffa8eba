// market-research: a company → NewsAPI.org's /v2/everything → research findings → the app.
import { callbackSteps, code, failureSteps, main, signedCallback, sourceRequest, verifiedTrigger, workflowFile, TRIGGER } from "../lib/workflow-blocks.mjs";

const KEY = "market-research";

export function marketResearchWorkflow() {
  const trigger = verifiedTrigger(KEY, "hyperformant/market-research");
  const started = signedCallback(KEY, "running callback", 5, 0, ["Search news"]);
  const results = signedCallback(KEY, "result callbacks", 10, 0);
  const nodes = [
    ...trigger.nodes,
    code(KEY, "Running", 4, 0, callbackSteps(`[{ stepId: 'started', result: { kind: 'status', status: 'running' } }]`)),
    ...started.nodes,
    sourceRequest(KEY, "Search news", 8, 0, {
      // NewsAPI's base URL and key are the instance's: NEWSAPI_BASE_URL (default the real one) and the "NewsAPI key" credential.
      url: "={{ ($env.NEWSAPI_BASE_URL || 'https://newsapi.org').replace(/\\/+$/, '') }}/v2/everything",
      authentication: "genericCredentialType",
      genericAuthType: "httpHeaderAuth",
      sendQuery: true,
      queryParameters: {
        parameters: [
          { name: "q", value: `={{ '"' + $('${TRIGGER}').first().json.body.input.companyName + '"' }}` },
          { name: "searchIn", value: "title,description" },
          { name: "sortBy", value: "publishedAt" },
          { name: "language", value: "en" },
          { name: "pageSize", value: "20" },
        ],
      },
      options: { timeout: 15000 },
    }, { httpHeaderAuth: { id: "hyperformantNewsApiKey", name: "NewsAPI key" } }),
    code(KEY, "Findings from articles", 9, 0, callbackSteps(`
(() => {
  const { companyId } = $('${TRIGGER}').first().json.body.input;
  // Simple rules over the headline and summary; the first that matches wins.
  const rules = [
    ['FUNDING', /\\b(raise[sd]?|raising|funding|series [a-f]|seed round|investors?|valuation|venture)\\b/i],
    ['HIRING_SIGNAL', /\\b(hir(e|es|ed|ing)|recruit\\w*|job openings?|headcount|appoint\\w*|new (ceo|cto|cfo|vp))\\b/i],
    ['PRODUCT_CHANGE', /\\b(launch\\w*|release[sd]?|introduc\\w*|unveil\\w*|pricing|new feature|rolls? out|announc\\w* (a |its )?new)\\b/i],
  ];
  const findings = ($input.first().json.articles ?? [])
    .filter((article) => article && article.title && article.url)
    .slice(0, 200)
    .map((article) => {
      const text = [article.title, article.description].filter(Boolean).join(' — ').slice(0, 5000);
      const category = (rules.find(([, pattern]) => pattern.test(text)) ?? ['NEWS'])[0];
      return { category, text, url: article.url, source: (article.source?.name || 'NewsAPI').slice(0, 200), ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}) };
    });
  return [
    ...(findings.length > 0 ? [{ stepId: 'findings', result: { kind: 'research-findings', companyId, findings } }] : []),
    { stepId: 'finished', result: { kind: 'status', status: 'succeeded' } },
  ];
})()`)),
    code(KEY, "News search failed", 9, 1, failureSteps("NewsAPI")),
    ...results.nodes,
  ];
  const connections = {
    ...trigger.connections,
    [trigger.accepted]: main([["Running"]]),
    Running: main([[started.first]]),
    ...started.connections,
    "Search news": main([["Findings from articles"], ["News search failed"]]),
    "Findings from articles": main([[results.first]]),
    "News search failed": main([[results.first]]),
    ...results.connections,
  };
  return workflowFile({ id: "hfMarketResearch", name: "Hyperformant market research", nodes, connections });
}
