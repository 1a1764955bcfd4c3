// Words shoppers use interchangeably. Both engines read this list: the Meilisearch engine
// sends it as the index's synonyms setting, the Postgres engine ORs each group's words into
// the query. Single folded words only (see normalize.ts: "t-shirt" is "tshirt"), so the two
// engines treat a group the same way.
const groups: string[][] = [
  ["tshirt", "tee"],
  ["hoodie", "sweatshirt"],
  ["backpack", "rucksack", "daypack"],
  ["sneaker", "trainer"],
  ["headphone", "headset"],
  ["earbud", "earphone"],
  ["jacket", "coat"],
  ["lantern", "flashlight", "torch"],
  ["skillet", "pan"],
  ["beanie", "hat"],
  ["mug", "cup"],
  ["wallet", "billfold"],
  ["charger", "adapter"],
  ["powerbank", "battery"],
];

/** Each word mapped to the other words of its group(s), plurals ("tees") included. */
export const synonyms: Record<string, string[]> = (() => {
  const map: Record<string, Set<string>> = {};
  for (const group of groups) {
    for (const word of group) {
      for (const form of [word, `${word}s`]) {
        const others = (map[form] ??= new Set());
        for (const other of group) if (other !== word) others.add(other);
      }
    }
  }
  return Object.fromEntries(Object.entries(map).map(([word, others]) => [word, [...others]]));
})();

export function synonymsOf(term: string): string[] {
  return synonyms[term] ?? [];
}
