import { cn } from "../client/cn";
import type { ListedMention } from "./operations";
import { sentimentLabel } from "./sentimentLabels";
import { formatPublishedAt, formatScore, safeLink } from "./sentimentFormat";

const scoreClasses = {
  positive: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  neutral: "bg-slate-50 text-slate-700 ring-slate-200",
  negative: "bg-red-50 text-red-800 ring-red-200",
} as const;

/** Mentions with where, by whom and when they were published, and a link to the original. */
export function MentionList({ title, mentions, emptyText, onRemove }: { title: string; mentions: ListedMention[]; emptyText: string; onRemove?: (mention: ListedMention) => void }) {
  return (
    <div>
      <h3 className="text-sm font-semibold text-slate-800">{title}</h3>
      {mentions.length === 0 && <p className="mt-2 text-sm text-slate-500">{emptyText}</p>}
      <ul className="mt-2 space-y-3" aria-label={title}>
        {mentions.map((mention) => {
          const link = safeLink(mention.sourceUrl);
          return (
            <li key={mention.id} className="text-sm">
              <div className="flex items-start gap-2">
                <span className={cn("shrink-0 rounded px-1.5 py-0.5 font-mono text-xs ring-1", scoreClasses[sentimentLabel(mention.score)])} title={`Scored by ${mention.scoredBy ?? "unknown"}`}>
                  {formatScore(mention.score)}
                </span>
                <p className="line-clamp-3 text-slate-800">{mention.text}</p>
              </div>
              <p className="mt-1 pl-12 text-xs text-slate-500">
                {[mention.sourceName, mention.author, formatPublishedAt(mention.publishedAt)].filter(Boolean).join(" · ")}
                {link && (
                  <>
                    {" · "}
                    <a href={link} target="_blank" rel="noreferrer noopener" className="text-indigo-700 hover:underline">
                      Open the original
                    </a>
                  </>
                )}
                {onRemove && (
                  <>
                    {" · "}
                    <button type="button" className="text-slate-500 hover:text-red-700 hover:underline" onClick={() => onRemove(mention)}>
                      Remove
                    </button>
                  </>
                )}
              </p>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
