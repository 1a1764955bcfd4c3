import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { listenLocally } from "./http-server";

// The part of S3's REST API the media driver uses, path-style: PutObject, GetObject,
// HeadObject and DeleteObject on one bucket, with bodies and their headers kept in memory.
// Like S3 it checks AWS Signature Version 4 for real (scope, signed headers, signature, the
// payload's SHA-256), so a driver that signs with the wrong key, region or body is refused.
// Errors are S3's XML error documents, so the SDK names them as it would for AWS.

export type FakeS3Object = {
  body: Buffer;
  contentType: string;
  cacheControl: string | undefined;
  etag: string;
  lastModified: Date;
};

export type FakeS3 = {
  url: string;
  bucket: string;
  region: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
  objects: Map<string, FakeS3Object>;
  /** Every request that reached the server, as "METHOD /path" (refused ones too). */
  requests: string[];
  /** Answer the next `count` requests with this S3 error instead of serving them. */
  failNext: (count: number, status?: number, code?: string) => void;
  close: () => Promise<void>;
};

class S3Error extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const sha256 = (data: string | Buffer) => createHash("sha256").update(data).digest("hex");
const hmac = (key: Buffer | string, data: string) => createHmac("sha256", key).update(data).digest();
// RFC 3986 encoding, as SigV4's canonical query string wants it.
const encode = (s: string) =>
  encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

function canonicalQuery(search: string): string {
  if (!search) return "";
  return search
    .slice(1)
    .split("&")
    .filter(Boolean)
    .map((part) => {
      const [k = "", v = ""] = part.split("=");
      return [encode(decodeURIComponent(k)), encode(decodeURIComponent(v))] as const;
    })
    .sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : 1) : a < b ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`)
    .join("&");
}

/** Checks the request's SigV4 Authorization header; throws the error S3 would answer with. */
function verifySignature(
  req: IncomingMessage,
  url: URL,
  body: Buffer,
  fake: Pick<FakeS3, "region" | "credentials">,
): void {
  const authorization = req.headers.authorization;
  if (!authorization)
    throw new S3Error(
      403,
      "AccessDenied",
      "Anonymous access is not allowed; sign the request with AWS Signature Version 4.",
    );
  const match =
    /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/.exec(
      authorization,
    );
  if (!match)
    throw new S3Error(400, "AuthorizationHeaderMalformed", "The authorization header is not AWS Signature Version 4.");
  const [, accessKeyId, day, region, signedHeaders = "", signature = ""] = match;
  if (accessKeyId !== fake.credentials.accessKeyId)
    throw new S3Error(403, "InvalidAccessKeyId", "The AWS access key ID you provided does not exist in our records.");
  if (region !== fake.region)
    throw new S3Error(
      400,
      "AuthorizationHeaderMalformed",
      `The region '${region}' is wrong; expecting '${fake.region}'.`,
    );

  const amzDate = String(req.headers["x-amz-date"] ?? "");
  const signedAt = Date.parse(amzDate.replace(/^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/, "$1-$2-$3T$4:$5:$6Z"));
  if (!amzDate.startsWith(day!) || !(Math.abs(Date.now() - signedAt) < 15 * 60_000)) {
    throw new S3Error(
      403,
      "RequestTimeTooSkewed",
      "The difference between the request time and the current time is too large.",
    );
  }
  const payloadHash = String(req.headers["x-amz-content-sha256"] ?? "");
  if (payloadHash.startsWith("STREAMING-") || String(req.headers["content-encoding"] ?? "").includes("aws-chunked")) {
    throw new S3Error(501, "NotImplemented", "This fake does not speak aws-chunked uploads.");
  }
  if (payloadHash !== "UNSIGNED-PAYLOAD" && payloadHash !== sha256(body)) {
    throw new S3Error(
      400,
      "XAmzContentSHA256Mismatch",
      "The provided 'x-amz-content-sha256' header does not match what was computed.",
    );
  }
  const names = signedHeaders.split(";");
  if (!names.includes("host") || !names.includes("x-amz-date"))
    throw new S3Error(400, "AuthorizationHeaderMalformed", "host and x-amz-date must be signed.");
  const headerLines = names.map((name) => {
    const value = req.headers[name];
    return `${name}:${(Array.isArray(value) ? value.join(",") : (value ?? "")).trim().replace(/\s+/g, " ")}\n`;
  });
  const canonicalRequest = [
    req.method,
    url.pathname,
    canonicalQuery(url.search),
    headerLines.join(""),
    signedHeaders,
    payloadHash,
  ].join("\n");
  const scope = `${day}/${region}/s3/aws4_request`;
  const stringToSign = ["AWS4-HMAC-SHA256", amzDate, scope, sha256(canonicalRequest)].join("\n");
  const signingKey = ["s3", "aws4_request"].reduce(
    (key, part) => hmac(key, part),
    hmac(hmac(`AWS4${fake.credentials.secretAccessKey}`, day!), region!),
  );
  const expected = hmac(signingKey, stringToSign);
  if (!timingSafeEqual(expected, Buffer.from(signature, "hex"))) {
    throw new S3Error(
      403,
      "SignatureDoesNotMatch",
      "The request signature we calculated does not match the signature you provided.",
    );
  }
}

export async function startFakeS3(options: { bucket?: string; region?: string } = {}): Promise<FakeS3> {
  const objects = new Map<string, FakeS3Object>();
  const requests: string[] = [];
  const failures: { status: number; code: string }[] = [];
  const fake: FakeS3 = {
    url: "",
    bucket: options.bucket ?? "test-media",
    region: options.region ?? "us-east-1",
    credentials: { accessKeyId: "AKIAFAKES3TEST", secretAccessKey: randomBytes(20).toString("base64") },
    objects,
    requests,
    failNext: (count, status = 503, code = "SlowDown") =>
      failures.push(...Array.from({ length: count }, () => ({ status, code }))),
    close: async () => {},
  };

  const headersOf = (object: FakeS3Object) => ({
    "content-type": object.contentType,
    "content-length": String(object.body.byteLength),
    etag: object.etag,
    "last-modified": object.lastModified.toUTCString(),
    ...(object.cacheControl ? { "cache-control": object.cacheControl } : {}),
  });

  function serve(req: IncomingMessage, res: ServerResponse, url: URL, body: Buffer): void {
    const [bucket, ...segments] = url.pathname.split("/").slice(1);
    const key = segments.map(decodeURIComponent).join("/");
    if (bucket !== fake.bucket) throw new S3Error(404, "NoSuchBucket", "The specified bucket does not exist.");
    if (!key)
      throw new S3Error(501, "NotImplemented", `${req.method} on the bucket itself is not supported by this fake.`);
    const object = objects.get(key);
    switch (req.method) {
      case "PUT": {
        const etag = `"${createHash("md5").update(body).digest("hex")}"`;
        const contentType = String(req.headers["content-type"] ?? "binary/octet-stream");
        const cacheControl = req.headers["cache-control"];
        objects.set(key, { body, contentType, cacheControl, etag, lastModified: new Date() });
        return void res.writeHead(200, { etag }).end();
      }
      case "GET":
        if (!object) throw new S3Error(404, "NoSuchKey", "The specified key does not exist.");
        return void res.writeHead(200, headersOf(object)).end(object.body);
      case "HEAD":
        if (!object) throw new S3Error(404, "NotFound", "Not Found");
        return void res.writeHead(200, headersOf(object)).end();
      case "DELETE":
        // Like S3, deleting a key that holds nothing succeeds.
        objects.delete(key);
        return void res.writeHead(204).end();
      default:
        throw new S3Error(405, "MethodNotAllowed", `${req.method} is not allowed.`);
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? "/", "http://fake");
    requests.push(`${req.method} ${url.pathname}`);
    try {
      verifySignature(req, url, Buffer.concat(chunks), fake);
      const failure = failures.shift();
      if (failure) throw new S3Error(failure.status, failure.code, `Injected ${failure.code}`);
      serve(req, res, url, Buffer.concat(chunks));
    } catch (error) {
      const e = error instanceof S3Error ? error : new S3Error(500, "InternalError", String(error));
      const requestId = randomBytes(8).toString("hex").toUpperCase();
      // HEAD answers carry no body, so the SDK names the error from the status alone.
      const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${e.code}</Code><Message>${e.message}</Message><RequestId>${requestId}</RequestId></Error>`;
      res
        .writeHead(e.status, { "content-type": "application/xml", "x-amz-request-id": requestId })
        .end(req.method === "HEAD" ? undefined : xml);
    }
  }

  const { url, close } = await listenLocally(createServer((req, res) => void handle(req, res)));
  fake.url = url;
  fake.close = close;
  return fake;
}
