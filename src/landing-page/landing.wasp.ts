import { action, job, page, route, type Spec } from "@wasp.sh/spec";
import { LandingPage } from "./LandingPage" with { type: "ref" };
import { submitContactForm } from "./operations" with { type: "ref" };
import { notifyAdminsOfContactMessage } from "./contactNotification/notifyAdminsJob" with { type: "ref" };

export const landingSpec: Spec = [
  route("LandingRoute", "/", page(LandingPage), { prerender: true }),
  // Public: visitors who are not signed in can write to us.
  action(submitContactForm, { entities: ["ContactFormMessage"], auth: false }),
  // Each new message is emailed to the admins, once.
  job(notifyAdminsOfContactMessage, { executor: "PgBoss", entities: ["ContactFormMessage", "User"] }),
];
