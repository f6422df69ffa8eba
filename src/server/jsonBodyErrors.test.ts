import express from "express";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answeringBodyErrors, bodyParserClientError } from "./jsonBodyErrors";

describe("body parser errors", () => {
  let baseUrl: string;
  let close: () => void;

  beforeAll(async () => {
    const app = express();
    app.use(answeringBodyErrors(express.json({ limit: "1kb" })));
    app.post("/echo", (req, res) => void res.json({ got: req.body }));
    app.use(((_error, _req, res, _next) => void res.status(500).json({ message: "ours" })) as express.ErrorRequestHandler);
    const server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });
  afterAll(() => close());

  const post = (body: string) => fetch(`${baseUrl}/echo`, { method: "POST", headers: { "content-type": "application/json" }, body });

  it("answers a body that is not JSON with 400, not 500", async () => {
    const response = await post('{"json": ');
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ message: "The request body is not valid JSON." });
  });

  it("answers a body past the limit with 413", async () => {
    const response = await post(JSON.stringify({ text: "x".repeat(2000) }));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ message: "The request body is too large." });
  });

  it("lets a good body through", async () => {
    const response = await post('{"a": 1}');
    expect(await response.json()).toEqual({ got: { a: 1 } });
  });

  it("leaves errors that are not the client's to the error handler", () => {
    expect(bodyParserClientError(new Error("database down"))).toBeUndefined();
    expect(bodyParserClientError({ status: 500, expose: false, type: "stream.not.readable" })).toBeUndefined();
  });
});
