import { describe, expect, it } from "vitest";
import { ApolloError } from "../client/apolloErrors";
import { checkApolloKey } from "./apolloKeyCheck";

const answering = (loggedIn: boolean | Error, master: boolean | Error = true) => ({
  isLoggedIn: async () => {
    if (loggedIn instanceof Error) throw loggedIn;
    return loggedIn;
  },
  hasMasterAccess: async () => {
    if (master instanceof Error) throw master;
    return master;
  },
});

describe("checking an Apollo key before saving it", () => {
  it("takes a logged-in key and says whether it is a master key", async () => {
    expect(await checkApolloKey(answering(true, true))).toEqual({ usable: true, masterKey: true });
    expect(await checkApolloKey(answering(true, false))).toEqual({ usable: true, masterKey: false });
  });

  it("refuses a key Apollo says is not logged in, or rejects, with a 400 that says what to do", async () => {
    expect(await checkApolloKey(answering(false))).toMatchObject({ usable: false, status: 400, reason: expect.stringContaining("not signed in") });
    expect(await checkApolloKey(answering(new ApolloError("unauthorized", "rejected", 401)))).toMatchObject({ usable: false, status: 400 });
  });

  it("answers 503 when Apollo cannot be reached, without blaming the key", async () => {
    const check = await checkApolloKey(answering(new ApolloError("timeout", "Apollo did not answer within 1000 ms; it will be retried later.")));
    expect(check).toEqual({ usable: false, status: 503, reason: "The key could not be checked: Apollo did not answer within 1000 ms. Nothing was saved; try again in a moment." });
  });
});
