import { ApolloConnectionCard } from "./connection/ApolloConnectionCard";

export function ApolloPage() {
  return (
    <section className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold text-slate-900">Apollo</h1>
        <p className="text-slate-600">Connect Apollo.io to enrich your companies with firmographics.</p>
      </div>
      <ApolloConnectionCard />
    </section>
  );
}
