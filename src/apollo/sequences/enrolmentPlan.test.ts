import { describe, expect, it } from "vitest";
import { nextUtcDay, planEnrolment, roomToday, utcDay, verdictOfApolloReason, verdictsOfApolloAnswer } from "./enrolmentPlan";

const room = { mailboxCap: 20, mailboxUsed: 0, planLimit: 200, workspaceUsed: 0 };
const contacts = (count: number, withoutEmail: number[] = []) =>
  Array.from({ length: count }, (_, index) => ({ contactId: `c${index}`, hasEmail: !withoutEmail.includes(index) }));

describe("planning an enrolment under the daily cap", () => {
  it("sends what fits today and queues the rest", () => {
    const plan = planEnrolment(contacts(25), new Set(), { ...room, mailboxUsed: 15 });
    expect(plan.sendNow).toEqual(["c0", "c1", "c2", "c3", "c4"]);
    expect(plan.queue).toHaveLength(20);
  });

  it("takes the smaller of the mailbox's cap and the plan's enrolments a day", () => {
    expect(roomToday({ mailboxCap: 20, mailboxUsed: 2, planLimit: 20, workspaceUsed: 15 })).toBe(5);
    expect(roomToday({ mailboxCap: 20, mailboxUsed: 25, planLimit: 200, workspaceUsed: 0 })).toBe(0);
  });

  it("keeps contacts without an email out of Apollo and out of the cap, and changes nothing for those already asked for", () => {
    const plan = planEnrolment([...contacts(4, [1]), { contactId: "c0", hasEmail: true }], new Set(["c2"]), { ...room, mailboxCap: 1 });
    expect(plan).toEqual({ sendNow: ["c0"], queue: ["c3"], noEmail: ["c1"], alreadyRequested: ["c2"] });
  });

  it("counts days in UTC", () => {
    expect(utcDay(new Date("2026-12-31T23:59:59Z"))).toBe("2026-12-31");
    expect(nextUtcDay(new Date("2026-12-31T23:59:59Z"))).toBe("2027-01-01");
  });

  it("reads Apollo's answer: added, skipped with its reason, refused", () => {
    expect(verdictOfApolloReason("contacts_without_email").status).toBe("SKIPPED");
    expect(verdictOfApolloReason("contacts_with_bounced_email").status).toBe("REJECTED");
    expect(verdictOfApolloReason("something_new")).toEqual({ status: "REJECTED", reason: "Apollo refused it (something_new)." });
    const verdicts = verdictsOfApolloAnswer(["a", "b", "c"], new Set(["a"]), { b: "contacts_already_exists_in_current_campaign" });
    expect(verdicts.get("a")).toEqual({ status: "ENROLLED" });
    expect(verdicts.get("b")?.status).toBe("SKIPPED");
    expect(verdicts.get("c")?.status).toBe("REJECTED");
  });
});
