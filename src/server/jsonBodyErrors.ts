import type { RequestHandler } from "express";

type BodyParserError = { type?: unknown; status?: unknown; expose?: unknown };

const messages: Record<string, string> = {
  "entity.parse.failed": "The request body is not valid JSON.",
  "entity.too.large": "The request body is too large.",
  "encoding.unsupported": "The request body's encoding is not supported.",
  "charset.unsupported": "The request body's charset is not supported.",
};

/** A client's mistake in the body (not JSON, too large, an odd encoding): body-parser marks these as exposable 4xx. */
export function bodyParserClientError(error: unknown): { status: number; message: string } | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const { type, status, expose } = error as BodyParserError;
  if (expose !== true || typeof status !== "number" || status < 400 || status >= 500) return undefined;
  return { status, message: (typeof type === "string" && messages[type]) || "The request body could not be read." };
}

/**
 * Wraps Wasp's JSON body parser so a body it cannot read is answered with its
 * 4xx and a plain message, instead of reaching Wasp's error handler as a 500.
 */
export function answeringBodyErrors(parser: RequestHandler): RequestHandler {
  return (req, res, next) =>
    parser(req, res, (error?: unknown) => {
      const clientError = error === undefined ? undefined : bodyParserClientError(error);
      if (clientError) {
        res.status(clientError.status).json({ message: clientError.message });
        return;
      }
      next(error as never);
    });
}
