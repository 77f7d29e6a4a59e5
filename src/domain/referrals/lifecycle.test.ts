import { describe, expect, it } from "vitest";
import {
  canTransition,
  isFinal,
  nextStatuses,
  partyFor,
  reasonRequired,
  endsReferralUnfinished,
  referralStatuses,
} from "./lifecycle";

describe("referral lifecycle", () => {
  it("allows exactly the documented moves", () => {
    const allowed = referralStatuses.flatMap((from) =>
      referralStatuses.filter((to) => canTransition(from, to)).map((to) => `${from}→${to}`),
    );
    expect(allowed.sort()).toEqual(
      [
        "SUGGESTED→SENT",
        "SUGGESTED→CANCELLED",
        "SENT→ACCEPTED",
        "SENT→DECLINED",
        "SENT→CANCELLED",
        "ACCEPTED→ENROLLED",
        "ACCEPTED→DROPPED_OUT",
        "ENROLLED→COMPLETED",
        "ENROLLED→DROPPED_OUT",
      ].sort(),
    );
  });

  it("refuses skipping steps, going back, and leaving a final state", () => {
    expect(canTransition("SENT", "ENROLLED")).toBe(false);
    expect(canTransition("SENT", "COMPLETED")).toBe(false);
    expect(canTransition("ENROLLED", "ACCEPTED")).toBe(false);
    expect(canTransition("DECLINED", "ACCEPTED")).toBe(false);
    expect(canTransition("COMPLETED", "DROPPED_OUT")).toBe(false);
    expect(canTransition("SENT", "SENT")).toBe(false);
  });

  it("lets the provider move the referral forward and the referrer only withdraw it", () => {
    expect(partyFor("SENT", "ACCEPTED")).toBe("provider");
    expect(partyFor("SENT", "CANCELLED")).toBe("referrer");
    expect(partyFor("ACCEPTED", "CANCELLED")).toBeNull();
    expect(nextStatuses("SENT", "provider")).toEqual(["ACCEPTED", "DECLINED"]);
    expect(nextStatuses("SENT", "referrer")).toEqual(["CANCELLED"]);
  });

  it("leaves a suggested referral to the referrer alone: send it to someone or drop it", () => {
    expect(nextStatuses("SUGGESTED", "provider")).toEqual([]);
    expect(nextStatuses("SUGGESTED", "referrer")).toEqual(["SENT", "CANCELLED"]);
    expect(isFinal("SUGGESTED")).toBe(false);
  });

  it("asks a reason for a decline and a drop-out only", () => {
    expect(reasonRequired("DECLINED")).toBe(true);
    expect(reasonRequired("DROPPED_OUT")).toBe(true);
    expect(reasonRequired("ACCEPTED")).toBe(false);
  });

  it("knows the final states", () => {
    expect(
      ["DECLINED", "COMPLETED", "DROPPED_OUT", "CANCELLED"].every((status) => isFinal(status as never)),
    ).toBe(true);
    expect(isFinal("SENT")).toBe(false);
  });

  it("sends a decline, a drop-out and a withdrawal to a confirmation screen, not a completion", () => {
    const endings = referralStatuses.filter((status) => isFinal(status) && status !== "COMPLETED");
    expect(referralStatuses.filter(endsReferralUnfinished)).toEqual(endings);
  });
});
