import { Link } from "react-router";
import { Card } from "../client/components/ui/Card";
import { ContactForm } from "./ContactForm";
import { features, pricingTeaser } from "./features";

export function LandingPage() {
  return (
    <div>
      <section className="mx-auto max-w-6xl px-6 py-20 text-center">
        <h1 className="text-4xl font-bold tracking-tight text-slate-900 sm:text-5xl">
          Know your market before your competitors do
        </h1>
        <p className="mx-auto mt-6 max-w-2xl text-lg text-slate-600">
          Hyperformant tracks the companies that matter to you, enriches them from Apollo.io and writes AI market
          reports on positioning, sentiment and what to do next.
        </p>
        <div className="mt-8 flex justify-center gap-3">
          <Link to="/signup" className="rounded-md bg-indigo-600 px-5 py-2.5 font-semibold text-white hover:bg-indigo-500">
            Start free
          </Link>
          <a href="#features" className="rounded-md px-5 py-2.5 font-semibold text-slate-700 ring-1 ring-slate-300 hover:bg-white">
            See features
          </a>
        </div>
      </section>

      <section id="features" className="mx-auto max-w-6xl px-6 py-12">
        <h2 className="text-2xl font-bold text-slate-900">Features</h2>
        <div className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {features.map((feature) => (
            <Card key={feature.title}>
              <h3 className="font-semibold text-slate-900">{feature.title}</h3>
              <p className="mt-2 text-sm text-slate-600">{feature.description}</p>
            </Card>
          ))}
        </div>
      </section>

      <section id="pricing" className="mx-auto max-w-6xl px-6 py-12">
        <h2 className="text-2xl font-bold text-slate-900">Pricing</h2>
        <div className="mt-6 grid gap-4 sm:grid-cols-3">
          {pricingTeaser.map((tier) => (
            <Card key={tier.name}>
              <h3 className="font-semibold text-slate-900">{tier.name}</h3>
              <p className="mt-1 text-2xl font-bold text-indigo-700">{tier.price}</p>
              <ul className="mt-3 space-y-1 text-sm text-slate-600">
                {tier.highlights.map((highlight) => (
                  <li key={highlight}>• {highlight}</li>
                ))}
              </ul>
            </Card>
          ))}
        </div>
        <p className="mt-4">
          <Link to="/pricing" className="text-indigo-700 hover:underline">Every plan, its quotas and the credit packs</Link>
        </p>
      </section>

      <section id="contact" className="mx-auto max-w-2xl px-6 py-12">
        <h2 className="text-2xl font-bold text-slate-900">Contact us</h2>
        <p className="mt-2 text-slate-600">Questions about Hyperformant? Write to us and we reply by email.</p>
        <Card className="mt-6">
          <ContactForm />
        </Card>
      </section>
    </div>
  );
}
