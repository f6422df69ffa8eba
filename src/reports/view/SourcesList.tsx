import { Link } from "react-router";
import type { ReportSource } from "../reportDocument";
import { sourceAnchor } from "./Citations";

/** The numbered sources; each links to its record in the app (signed-in readers) and to the web original. */
export function SourcesList({ sources, linkRecords }: { sources: ReportSource[]; linkRecords: boolean }) {
  return (
    <ol className="space-y-3 text-sm" aria-label="Sources">
      {sources.map((source) => (
        <li key={source.number} id={sourceAnchor(source.number)} className="scroll-mt-24 target:rounded target:bg-amber-50" data-testid="source">
          <p>
            <span className="mr-1 font-semibold text-slate-500">[{source.number}]</span>
            {linkRecords ? (
              <Link to={source.appPath} className="font-medium text-indigo-700 hover:underline">{source.title}</Link>
            ) : (
              <span className="font-medium">{source.title}</span>
            )}
            {source.externalUrl && (
              <a href={source.externalUrl} target="_blank" rel="noreferrer nofollow" className="ml-2 text-xs text-slate-500 hover:underline">original ↗</a>
            )}
          </p>
          <ul className="ml-6 mt-1 list-disc text-xs text-slate-600">
            {source.facts.map((fact, index) => <li key={index}>{fact}</li>)}
          </ul>
        </li>
      ))}
    </ol>
  );
}
