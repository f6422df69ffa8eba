import { getApolloActivity, useQuery } from "wasp/client/operations";
import { Card, CardTitle } from "../../client/components/ui/Card";
import { cn } from "../../client/cn";

/** Every sync and enrolment of the workspace, newest first (the Log table's Apollo entries). */
export function ApolloActivityCard() {
  const { data: entries } = useQuery(getApolloActivity, undefined, { refetchInterval: 5000 });
  return (
    <Card>
      <CardTitle>Activity</CardTitle>
      {entries && entries.length === 0 && <p className="mt-2 text-sm text-slate-600">No syncs or enrolments yet.</p>}
      {entries && entries.length > 0 && (
        <ol className="mt-3 space-y-2" aria-label="Apollo activity">
          {entries.map((entry) => (
            <li key={entry.id} className="text-sm">
              <time className="mr-2 text-slate-500" dateTime={new Date(entry.createdAt).toISOString()}>{new Date(entry.createdAt).toLocaleString()}</time>
              <span className={cn(entry.level === "WARN" || entry.level === "ERROR" ? "text-red-700" : "text-slate-800")}>{entry.message}</span>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
