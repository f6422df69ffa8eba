/**
 * How a list sync pages through Apollo, exactly, while the list may change
 * under it. Pure: the job feeds it what each page said and does what it says.
 *
 * A sync reads the list in passes of pages 1..n (n from the latest total,
 * never past Apollo's 500-page cap). A pass is trusted only if the list held
 * still while it was read: every page reported the same total, page 1 read
 * again at the end has the same members (additions land at the head), and the
 * pass saw as many distinct members as the total. Otherwise the next pass
 * starts (page 1 just read again is its first page), up to `maxPasses`.
 * Members stored are upserted as they are read; only a trusted pass unlinks
 * members it did not see.
 */
export const MAX_PER_PAGE = 100;
export const MAX_PAGES = 500;
export const DEFAULT_MAX_PASSES = 3;

export type PassState = {
  pass: number;
  /** The page this pass reads next; after its last page, the head is read again. */
  nextPage: number;
  /** total_entries as this pass's page 1 said. */
  passTotal: number | null;
  /** Whether a later page of this pass reported another total. */
  totalChanged: boolean;
  /** Member ids of page 1 as this pass first read it. */
  headIds: string[];
};

export type PageRead = { page: number; total: number; memberIds: string[] };

export const pagesFor = (total: number) => Math.min(MAX_PAGES, Math.max(1, Math.ceil(total / MAX_PER_PAGE)));

export const freshPass = (pass: number): PassState => ({ pass, nextPage: 1, passTotal: null, totalChanged: false, headIds: [] });

/** The pass's state once a page of it is stored, and whether the pass has pages left. */
export function afterPage(state: PassState, read: PageRead): { state: PassState; passHasMorePages: boolean } {
  const first = read.page === 1;
  const passTotal = first ? read.total : state.passTotal ?? read.total;
  const next: PassState = {
    pass: state.pass,
    nextPage: read.page + 1,
    passTotal,
    totalChanged: first ? false : state.totalChanged || read.total !== passTotal,
    headIds: first ? read.memberIds : state.headIds,
  };
  const passHasMorePages = read.memberIds.length > 0 && read.page < pagesFor(read.total);
  return { state: next, passHasMorePages };
}

/** Whether the pass must read page 1 again to know the head held still: a one-page pass was one answer, so it did. */
export const needsHeadCheck = (state: PassState) => state.nextPage > 2;

export type PassVerdict =
  | { kind: "complete" }
  | { kind: "capped"; total: number; notSynced: number }
  | { kind: "another_pass"; reason: string }
  | { kind: "kept_changing"; reason: string };

/**
 * What a finished pass proves. `head` is page 1 read again (or, for a
 * one-page pass, that page itself); `distinctSeen` the members the pass saw.
 */
export function judgePass(
  state: PassState,
  head: { total: number; memberIds: string[] },
  distinctSeen: number,
  maxPasses = DEFAULT_MAX_PASSES,
): PassVerdict {
  const passTotal = state.passTotal ?? head.total;
  if (Math.max(passTotal, head.total) > MAX_PAGES * MAX_PER_PAGE) {
    // Apollo serves no more: what it served is stored, the rest is said, and nothing is unlinked.
    return { kind: "capped", total: head.total, notSynced: Math.max(0, head.total - distinctSeen) };
  }
  const changes: string[] = [];
  if (state.totalChanged || head.total !== passTotal) changes.push("its size changed");
  if (!sameIds(head.memberIds, state.headIds)) changes.push("members were added at its head");
  if (distinctSeen !== head.total) changes.push(`${distinctSeen} members were read of ${head.total}`);
  if (changes.length === 0) return { kind: "complete" };
  const reason = `The list changed while it was read (${changes.join("; ")}).`;
  return state.pass < maxPasses ? { kind: "another_pass", reason } : { kind: "kept_changing", reason };
}

/** The same members, in whatever order they were stored. */
function sameIds(left: readonly string[], right: readonly string[]) {
  if (left.length !== right.length) return false;
  const members = new Set(left);
  return right.every((id) => members.has(id));
}
