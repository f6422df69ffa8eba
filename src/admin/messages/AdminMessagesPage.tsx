import { useState } from "react";
import type { AuthUser } from "wasp/auth";
import { getAdminMessages, openAdminMessage, setMessageReplied, useQuery } from "wasp/client/operations";
import { Alert } from "../../client/components/ui/Alert";
import { Button } from "../../client/components/ui/Button";
import { Card } from "../../client/components/ui/Card";
import { Pagination } from "../../client/components/ui/Pagination";
import { useActionRunner } from "../../client/useActionRunner";
import { AdminArea } from "../AdminArea";
import { messageFilters } from "./messageInputs";
import type { AdminMessage } from "./operations";

const PAGE_SIZE = 20;
const when = (value: Date | string) => new Date(value).toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) + " UTC";
const filterLabels: Record<(typeof messageFilters)[number], string> = { all: "All", unread: "Unread", unreplied: "Not replied" };

export function AdminMessagesPage({ user }: { user: AuthUser }) {
  return <AdminArea user={user}><AdminMessages /></AdminArea>;
}

function AdminMessages() {
  const [filter, setFilter] = useState<(typeof messageFilters)[number]>("all");
  const [page, setPage] = useState(1);
  const [opened, setOpened] = useState<AdminMessage | null>(null);
  const { data, isLoading, error, refetch } = useQuery(getAdminMessages, { filter, page, pageSize: PAGE_SIZE });
  const runner = useActionRunner("The message could not be opened.");

  async function open(id: string) {
    await runner.run(async () => {
      setOpened(await openAdminMessage({ id }));
      await refetch();
    });
  }

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-xl font-semibold text-slate-900">Contact messages{data ? ` · ${data.unreadCount} unread` : ""}</h2>
        <div role="group" aria-label="Show" className="inline-flex rounded-md ring-1 ring-slate-300">
          {messageFilters.map((option) => (
            <button key={option} type="button" aria-pressed={option === filter} onClick={() => { setFilter(option); setPage(1); }}
              className={`px-3 py-1.5 text-sm first:rounded-l-md last:rounded-r-md ${option === filter ? "bg-indigo-600 text-white" : "bg-white text-slate-700"}`}>
              {filterLabels[option]}
            </button>
          ))}
        </div>
      </div>
      {(error || runner.error) && <Alert tone="error">{runner.error ?? "The messages could not be loaded."}</Alert>}
      {isLoading && <p className="mt-4 text-slate-500">Loading…</p>}
      <div className="mt-4 grid gap-6 lg:grid-cols-2">
        {data && (
          <Card className="p-0">
            {data.messages.length === 0 ? (
              <p className="p-6 text-sm text-slate-500">No messages here.</p>
            ) : (
              <ul className="divide-y divide-slate-100">
                {data.messages.map((message) => (
                  <li key={message.id}>
                    <button type="button" onClick={() => void open(message.id)} data-testid="admin-message" className={`block w-full px-4 py-3 text-left text-sm hover:bg-slate-50 ${opened?.id === message.id ? "bg-indigo-50" : ""}`}>
                      <p className={message.isRead ? "text-slate-700" : "font-semibold text-slate-900"}>
                        {!message.isRead && <span className="mr-2 inline-block h-2 w-2 rounded-full bg-indigo-600" aria-label="unread" />}
                        {message.name} &lt;{message.email}&gt;
                        {message.repliedAt && <span className="ml-2 text-xs font-normal text-emerald-700">replied</span>}
                      </p>
                      <p className="mt-0.5 truncate text-slate-500">{message.excerpt}</p>
                      <p className="mt-0.5 text-xs text-slate-400">{when(message.createdAt)}</p>
                    </button>
                  </li>
                ))}
              </ul>
            )}
            <div className="px-4 pb-4">
              <Pagination page={data.page} pageSize={data.pageSize} totalCount={data.totalCount} onPage={setPage} noun={["message", "messages"]} countTestId="message-count" />
            </div>
          </Card>
        )}
        {opened && <OpenedMessage message={opened} onChanged={(next) => { setOpened(next); void refetch(); }} />}
      </div>
    </>
  );
}

function OpenedMessage({ message, onChanged }: { message: AdminMessage; onChanged: (message: AdminMessage) => void }) {
  const runner = useActionRunner("That could not be saved.");
  async function markReplied(replied: boolean) {
    await runner.run(async () => {
      const { repliedAt } = await setMessageReplied({ id: message.id, replied });
      onChanged({ ...message, repliedAt });
    });
  }
  return (
    <Card aria-label="Message">
      <p className="font-semibold text-slate-900">{message.name} &lt;{message.email}&gt;</p>
      <p className="text-xs text-slate-500">{when(message.createdAt)}{message.fromUserId ? " · signed in when writing" : ""}</p>
      <p className="mt-4 whitespace-pre-line text-sm text-slate-800">{message.message}</p>
      <div className="mt-6 flex flex-wrap items-center gap-3">
        <a href={message.replyLink} className="rounded-md bg-indigo-600 px-3.5 py-2 text-sm font-semibold text-white hover:bg-indigo-500">Reply by email</a>
        {message.repliedAt ? (
          <>
            <span className="text-sm text-emerald-700">Replied {when(message.repliedAt)}</span>
            <Button variant="ghost" onClick={() => void markReplied(false)}>Mark not replied</Button>
          </>
        ) : (
          <Button variant="secondary" onClick={() => void markReplied(true)}>Mark replied</Button>
        )}
      </div>
      {runner.error && <Alert tone="error">{runner.error}</Alert>}
    </Card>
  );
}
