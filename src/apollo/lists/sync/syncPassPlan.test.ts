import { describe, expect, it } from "vitest";
import { afterPage, freshPass, judgePass, needsHeadCheck, pagesFor, type PassState, type PageRead } from "./syncPassPlan";

/** A list served newest first, 100 a page, that a test can change between two page reads. */
function modelList(size: number) {
  let nextId = size;
  const members = Array.from({ length: size }, (_, index) => `m${size - index}`);
  return {
    members,
    read(page: number): PageRead {
      return { page, total: members.length, memberIds: members.slice((page - 1) * 100, page * 100) };
    },
    addAtHead(count: number) {
      for (let index = 0; index < count; index += 1) members.unshift(`m${(nextId += 1)}`);
    },
    removeAt(positions: number[]) {
      for (const position of [...positions].sort((a, b) => b - a)) members.splice(position, 1);
    },
  };
}

/** The sync's loop, as the job runs it, with a hook between reads. */
function syncOf(list: ReturnType<typeof modelList>, beforeRead: (reads: number) => void = () => {}, maxPasses = 3) {
  let state: PassState = freshPass(1);
  const seenByPass = new Map<number, Set<string>>();
  let reads = 0;
  const read = (page: number) => {
    beforeRead(reads);
    reads += 1;
    const result = list.read(page);
    const seen = seenByPass.get(state.pass) ?? new Set();
    result.memberIds.forEach((id) => seen.add(id));
    seenByPass.set(state.pass, seen);
    return result;
  };
  let page = read(1);
  for (;;) {
    const { state: next, passHasMorePages } = afterPage(state, page);
    state = next;
    if (passHasMorePages) {
      page = read(state.nextPage);
      continue;
    }
    const seen = seenByPass.get(state.pass)!;
    const head = needsHeadCheck(state) ? list.read((reads += 1, 1)) : page;
    const verdict = judgePass(state, head, seen.size, maxPasses);
    if (verdict.kind !== "another_pass") return { verdict, seen, state, reads };
    state = freshPass(state.pass + 1);
    seenByPass.set(state.pass, new Set(head.memberIds));
    page = head;
  }
}

describe("paging a list exactly", () => {
  it("counts pages from the total, capped at 500", () => {
    expect(pagesFor(0)).toBe(1);
    expect(pagesFor(100)).toBe(1);
    expect(pagesFor(101)).toBe(2);
    expect(pagesFor(120_000)).toBe(500);
  });

  it("a list that holds still: one pass, every member, one extra read of the head", () => {
    const list = modelList(1_234);
    const { verdict, seen, state, reads } = syncOf(list);
    expect(verdict).toEqual({ kind: "complete" });
    expect(state.pass).toBe(1);
    expect([...seen].sort()).toEqual([...list.members].sort());
    expect(reads).toBe(13 + 1);
  });

  it("a one-page list and an empty list need no second read", () => {
    expect(syncOf(modelList(40)).reads).toBe(1);
    const empty = syncOf(modelList(0));
    expect(empty.verdict).toEqual({ kind: "complete" });
    expect(empty.seen.size).toBe(0);
  });

  it("members added at the head and removed before and after the cursor mid-pass: a second pass ends with exactly the list", () => {
    const list = modelList(950);
    const { verdict, seen, state } = syncOf(list, (reads) => {
      if (reads === 4) {
        list.addAtHead(7);
        list.removeAt([12, 150, 420, 700, 900]);
      }
    });
    expect(verdict).toEqual({ kind: "complete" });
    expect(state.pass).toBe(2);
    expect([...seen].sort()).toEqual([...list.members].sort());
  });

  it("an addition and a removal that keep the size: the head check catches it", () => {
    const list = modelList(500);
    const { verdict, seen, state } = syncOf(list, (reads) => {
      if (reads === 3) {
        list.addAtHead(1);
        list.removeAt([30]);
      }
    });
    expect(verdict.kind).toBe("complete");
    expect(state.pass).toBe(2);
    expect([...seen].sort()).toEqual([...list.members].sort());
  });

  it("a list that changes during every pass fails honestly after the last", () => {
    const list = modelList(400);
    const { verdict, state } = syncOf(list, (reads) => {
      if (reads % 3 === 2) list.addAtHead(1);
    });
    expect(verdict.kind).toBe("kept_changing");
    expect(state.pass).toBe(3);
  });

  it("past Apollo's 500 pages: capped, with how many were not synced", () => {
    const list = modelList(50_250);
    const { verdict, seen } = syncOf(list);
    expect(seen.size).toBe(50_000);
    expect(verdict).toEqual({ kind: "capped", total: 50_250, notSynced: 250 });
  });

  it("compares the head as members, not as an order (a resumed run reads it back as stored)", () => {
    const state = { ...freshPass(1), passTotal: 250, nextPage: 4, headIds: ["b", "a", "c"] };
    expect(judgePass(state, { total: 250, memberIds: ["a", "b", "c"] }, 250)).toEqual({ kind: "complete" });
    expect(judgePass(state, { total: 250, memberIds: ["a", "b", "d"] }, 250)).toMatchObject({ kind: "another_pass" });
  });

  it("judges a pass that read fewer members than the total as changed", () => {
    const state = { ...freshPass(1), passTotal: 300, nextPage: 4, headIds: ["a"] };
    expect(judgePass(state, { total: 300, memberIds: ["a"] }, 299)).toMatchObject({ kind: "another_pass" });
    expect(judgePass({ ...state, pass: 3 }, { total: 300, memberIds: ["a"] }, 299)).toMatchObject({ kind: "kept_changing" });
  });
});
