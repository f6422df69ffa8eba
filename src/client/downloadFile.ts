import { api } from "wasp/client/api";
import { saveBlobAs } from "./saveBlobAs";

/**
 * GETs a file from one of the server's APIs (signed in) and hands it to the
 * browser to save, under the name the server's Content-Disposition gives.
 */
export async function downloadFile(path: string, options: { fallbackFileName: string; searchParams?: Record<string, string>; timeoutMs: number }) {
  const response = await api.get(path, { searchParams: options.searchParams, timeout: options.timeoutMs });
  const fileName = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? options.fallbackFileName;
  saveBlobAs(await response.blob(), fileName);
}
