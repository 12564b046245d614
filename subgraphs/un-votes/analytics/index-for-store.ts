import type { UnVotesStore } from "../store.js";
import { VoteIndexHolder } from "./vote-index.js";

const holders = new WeakMap<UnVotesStore, VoteIndexHolder>();

/** The one index holder per open store, shared by every request to it. */
export function voteIndexFor(store: UnVotesStore): VoteIndexHolder {
  let holder = holders.get(store);
  if (!holder) {
    holder = new VoteIndexHolder(store);
    holders.set(store, holder);
  }
  return holder;
}
