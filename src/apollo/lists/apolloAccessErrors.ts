import { HttpError } from "wasp/server";
import type { ApolloError } from "../client/apolloErrors";

/** A failed Apollo call during a request, as the answer the page shows. */
export function httpErrorOfApollo(error: ApolloError): HttpError {
  switch (error.kind) {
    case "unauthorized":
      return new HttpError(409, "Apollo rejected the saved key: save a valid key on the Apollo page.");
    case "forbidden":
      return new HttpError(409, "Apollo answers this only to a master key: save one on the Apollo page (Apollo: Settings, Integrations, API).");
    case "rate_limited":
    case "timeout":
    case "network":
    case "server_error":
    case "bad_response":
      return new HttpError(503, `${error.message.replace(/;.*$/, "")}. Try again in a moment.`);
  }
}

/** 409 unless the workspace has a saved key that can read lists and sequences. */
export function requireMasterKey(workspace: { apolloApiKeyEncrypted: string | null; apolloKeyIsMaster: boolean | null }) {
  if (!workspace.apolloApiKeyEncrypted) throw new HttpError(409, "Connect Apollo first: save an API key on the Apollo page.");
  if (workspace.apolloKeyIsMaster === false) {
    throw new HttpError(409, "Lists and sequences need an Apollo master key; the saved key is a standard one. Save a master key on the Apollo page.");
  }
}
