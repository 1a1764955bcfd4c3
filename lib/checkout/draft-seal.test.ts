import { describe, expect, it } from "vitest";
import { openDraftSeal, sealDraft } from "./draft-seal";

const secret = "a-test-secret-that-is-long-enough-000";
const draft = { email: "ada@example.com", discountCode: "", addressChoice: "new" };

const payloadOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

describe("checkout draft seal", () => {
  it("gives back what it sealed", () => {
    expect(openDraftSeal(sealDraft(draft, secret), secret)).toEqual(draft);
  });

  it("refuses a draft whose content was edited, keeping the old signature", () => {
    const [, mac] = sealDraft(draft, secret).split(".");
    const edited = `${payloadOf({ ...draft, discountCode: "GUESS1" })}.${mac}`;
    expect(openDraftSeal(edited, secret)).toBeUndefined();
  });

  it("refuses an unsigned draft (the cookie's old format) and a signature made with another secret", () => {
    expect(openDraftSeal(payloadOf(draft), secret)).toBeUndefined();
    expect(openDraftSeal(sealDraft(draft, "another-secret-that-is-long-enough-00"), secret)).toBeUndefined();
  });

  it("refuses a cut, padded or doubled signature", () => {
    const sealed = sealDraft(draft, secret);
    expect(openDraftSeal(sealed.slice(0, -1), secret)).toBeUndefined();
    expect(openDraftSeal(`${sealed}!`, secret)).toBeUndefined();
    expect(openDraftSeal(`${sealed}.${sealed.split(".")[1]}`, secret)).toBeUndefined();
    expect(openDraftSeal(`.${sealed.split(".")[1]}`, secret)).toBeUndefined();
  });
});
