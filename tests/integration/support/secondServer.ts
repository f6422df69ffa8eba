import { startBuiltServer, type BuiltServer } from "../../support/builtServer";
import { clientOrigin } from "./httpClient";
import { testEnvironment } from "./testEnvironment";

export type SecondServer = BuiltServer;

/**
 * Another instance of the built server on the same database, as a second Fly
 * machine would be: its pg-boss workers take jobs from the same queues.
 */
export function startSecondServer(): Promise<SecondServer> {
  return startBuiltServer({ databaseUrl: testEnvironment.databaseUrl, clientOrigin: clientOrigin() });
}
