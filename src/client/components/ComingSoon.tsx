import { Card } from "./ui/Card";

/** Placeholder for a section whose feature issue has not landed yet. */
export function ComingSoon({ title, description }: { title: string; description: string }) {
  return (
    <section>
      <h1 className="text-2xl font-bold text-slate-900">{title}</h1>
      <Card className="mt-6 max-w-2xl">
        <p className="text-sm font-semibold uppercase tracking-wide text-indigo-600">Coming soon</p>
        <p className="mt-2 text-slate-600">{description}</p>
      </Card>
    </section>
  );
}
