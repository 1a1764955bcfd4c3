import { describe, expect, it } from "vitest";
import { riskDefaults } from "@/lib/settings/sections/risk";
import { disposableDomainOf } from "./disposable-email";
import {
  cardCountryReason,
  disposableEmailReason,
  firstOrderReason,
  openUnpaidReason,
  radarReason,
  riskLevelFor,
  scoreRisk,
  velocityReason,
} from "./score";

describe("risk levels", () => {
  it("turn the score into a level by the owner's thresholds", () => {
    expect(riskLevelFor(0, riskDefaults)).toBe("normal");
    expect(riskLevelFor(24, riskDefaults)).toBe("normal");
    expect(riskLevelFor(25, riskDefaults)).toBe("elevated");
    expect(riskLevelFor(60, riskDefaults)).toBe("high");
    expect(riskLevelFor(30, { elevatedScore: 10, highScore: 30 })).toBe("high");
  });

  it("add up the reasons, strongest first, and ignore the signals that found nothing", () => {
    const verdict = scoreRisk(
      [disposableEmailReason("mailinator.com"), null, radarReason({ riskLevel: "elevated", riskScore: 70 })],
      riskDefaults,
    );
    expect(verdict.score).toBe(65);
    expect(verdict.level).toBe("high");
    expect(verdict.reasons.map((r) => r.code)).toEqual(["radar_elevated", "disposable_email"]);
  });

  it("make an order with no signal normal, with no reasons", () => {
    expect(scoreRisk([null, null], riskDefaults)).toEqual({ level: "normal", score: 0, reasons: [] });
  });
});

describe("signals", () => {
  it("Radar: highest holds alone, elevated counts, normal and unassessed add nothing", () => {
    expect(radarReason({ riskLevel: "highest", riskScore: 91 })).toMatchObject({
      code: "radar_highest",
      points: 70,
      text: "Stripe Radar rated the card payment highest risk (score 91 of 100).",
    });
    expect(radarReason({ riskLevel: "elevated", riskScore: null })?.text).toBe(
      "Stripe Radar rated the card payment elevated risk.",
    );
    expect(radarReason({ riskLevel: "normal", riskScore: 20 })).toBeNull();
    expect(radarReason({ riskLevel: "not_assessed", riskScore: null })).toBeNull();
    expect(scoreRisk([radarReason({ riskLevel: "highest", riskScore: 80 })], riskDefaults).level).toBe("high");
  });

  it("card country against the delivery country, case aside", () => {
    expect(cardCountryReason("FR", "US")?.text).toBe("The card was issued in FR, but the order ships to US.");
    expect(cardCountryReason("us", "US")).toBeNull();
    expect(cardCountryReason(null, "US")).toBeNull();
  });

  it("velocity counts only past the limit", () => {
    expect(velocityReason("velocity_email", { count: 3, max: 3, hours: 24 })).toBeNull();
    expect(velocityReason("velocity_email", { count: 4, max: 3, hours: 24 })?.text).toBe(
      "4 orders with this email in the last 24 hours (more than 3).",
    );
    expect(velocityReason("velocity_ip", { count: 9, max: 5, hours: 1 })?.text).toBe(
      "9 orders from this IP address in the last hour (more than 5).",
    );
    expect(velocityReason("velocity_card", { count: 4, max: 3, hours: 24 })?.points).toBe(40);
  });

  it("a first order far above the average, only when there is an average", () => {
    const base = { firstOrder: true, total: 50_000, average: 10_000, currency: "USD", factor: 4 };
    expect(firstOrderReason(base)?.text).toBe(
      "First order from this email, $500.00, is 5× the store's average order of $100.00.",
    );
    expect(firstOrderReason({ ...base, firstOrder: false })).toBeNull();
    expect(firstOrderReason({ ...base, average: null })).toBeNull();
    expect(firstOrderReason({ ...base, total: 40_000 })).toBeNull();
  });

  it("open unpaid manual orders flag from the owner's count", () => {
    expect(openUnpaidReason("open_unpaid_email", 1, 2)).toBeNull();
    expect(openUnpaidReason("open_unpaid_ip", 2, 2)?.text).toBe(
      "2 bank transfer or cash-on-delivery orders from this IP address are waiting for payment.",
    );
  });

  it("disposable email domains come from the maintained list, subdomains included", () => {
    expect(disposableDomainOf("someone@mailinator.com")).toBe("mailinator.com");
    expect(disposableDomainOf(" Someone@Inbox.Mailinator.com ")).toBe("mailinator.com");
    expect(disposableDomainOf("ada@example.com")).toBeNull();
    expect(disposableDomainOf("ada@gmail.com")).toBeNull();
    expect(disposableEmailReason("mailinator.com")?.text).toBe(
      "The email address is at a throwaway email service (mailinator.com).",
    );
  });
});
