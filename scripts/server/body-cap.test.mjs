// The chunked-body cap of the server and the declared-length cap of proxy.ts are one figure.
import { describe, expect, it } from "vitest";
import { MAX_REQUEST_BODY_BYTES as proxyCap } from "../../lib/security/headers.ts";
import { MAX_REQUEST_BODY_BYTES as serverCap } from "./body-cap.mjs";

describe("the request-body cap", () => {
  it("is the same for chunked bodies (server.mjs) as for declared lengths (proxy.ts)", () => {
    expect(serverCap).toBe(proxyCap);
  });
});
