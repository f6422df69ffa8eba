import { ApolloConnectionCard } from "./connection/ApolloConnectionCard";
import { ApolloListsCard } from "./lists/ApolloListsCard";
import { ApolloActivityCard } from "./activity/ApolloActivityCard";
import { ApolloSequencesCard } from "./sequences/ApolloSequencesCard";
import { getApolloConnection, useQuery } from "wasp/client/operations";

export function ApolloPage() {
  const { data: connection } = useQuery(getApolloConnection);
  return (
    <section className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-slate-900">Apollo</h1>
        <p className="text-slate-600">Connect Apollo.io to enrich your companies, sync its lists and enrol contacts in its sequences.</p>
      </div>
      <ApolloConnectionCard />
      <ApolloListsCard />
      <ApolloSequencesCard connected={Boolean(connection?.connected && connection.masterKey !== false)} />
      <ApolloActivityCard />
    </section>
  );
}
