import { loose } from "./transliteration";

/**
 * Ukrainian given names and their Russian (and common Western) forms. Many people from Ukraine
 * carry a Russian form on an older document, or say it, while the caseworker recorded the Ukrainian
 * one (Olena / Elena, Oleksandr / Aleksandr, Mykola / Nikolai). The spellings differ in more than
 * trigrams bridge, so person search tries the other forms of a given name it recognises.
 * Each group is written as people spell it; search compares the loose skeletons.
 */
const groups: readonly (readonly string[])[] = [
  ["Olena", "Elena", "Yelena", "Alena", "Helen"],
  ["Oleksandr", "Aleksandr", "Alexander", "Oleksander"],
  ["Oleksandra", "Aleksandra", "Alexandra"],
  ["Oleksii", "Aleksei", "Alexei", "Alexey"],
  ["Serhii", "Sergei", "Sergey", "Serhiy"],
  ["Andrii", "Andrei", "Andrey", "Andriy"],
  ["Dmytro", "Dmitrii", "Dmitry", "Dmitri"],
  ["Mykola", "Nikolai", "Nikolay"],
  ["Mykhailo", "Mikhail", "Michael"],
  ["Volodymyr", "Vladimir"],
  ["Yevhen", "Evgenii", "Evgeny", "Yevgeny"],
  ["Yevheniia", "Evgeniia", "Evgenia", "Yevgeniya"],
  ["Petro", "Petr", "Pyotr", "Peter"],
  ["Pavlo", "Pavel", "Paul"],
  ["Hryhorii", "Grigorii", "Grigory"],
  ["Heorhii", "Georgii", "Georgy"],
  ["Hennadii", "Gennadii", "Gennady"],
  ["Vasyl", "Vasilii", "Vasily"],
  ["Bohdan", "Bogdan"],
  ["Oleh", "Oleg"],
  ["Ihor", "Igor"],
  ["Vitalii", "Vitaly", "Vitaliy"],
  ["Anatolii", "Anatoly", "Anatoliy"],
  ["Valerii", "Valery", "Valeriy"],
  ["Maksym", "Maksim", "Maxim"],
  ["Artem", "Artyom"],
  ["Denys", "Denis"],
  ["Kyrylo", "Kirill"],
  ["Mykyta", "Nikita"],
  ["Fedir", "Fedor", "Fyodor"],
  ["Olha", "Olga"],
  ["Hanna", "Anna", "Ganna"],
  ["Iryna", "Irina"],
  ["Kateryna", "Ekaterina", "Yekaterina", "Katerina"],
  ["Halyna", "Galina"],
  ["Liudmyla", "Lyudmila", "Ludmila"],
  ["Svitlana", "Svetlana"],
  ["Tetiana", "Tatiana", "Tatyana"],
  ["Nataliia", "Natalia", "Natalya", "Natalie"],
  ["Mariia", "Maria", "Mariya"],
  ["Anastasiia", "Anastasia", "Anastasiya"],
  ["Yuliia", "Yulia", "Julia", "Iuliia"],
  ["Viktoriia", "Viktoria", "Victoria"],
  ["Larysa", "Larisa"],
  ["Valentyna", "Valentina"],
  ["Nadiia", "Nadezhda"],
  ["Liubov", "Lyubov"],
  ["Vira", "Vera"],
  ["Zoia", "Zoya"],
  ["Daryna", "Daria", "Darya"],
  ["Sofiia", "Sofia", "Sofya", "Sophia"],
  ["Khrystyna", "Kristina", "Christina"],
];

/** Each given name's loose skeleton, to the skeletons of its other forms. */
const variants = new Map<string, string[]>();
for (const group of groups) {
  const skeletons = [...new Set(group.map(loose))];
  for (const skeleton of skeletons)
    variants.set(skeleton, [
      ...(variants.get(skeleton) ?? []),
      ...skeletons.filter((other) => other !== skeleton),
    ]);
}

/**
 * The query's loose skeleton with a recognised given name in another form, one per form, at most
 * `limit` (each is one more condition in the search). "elena sevcenko" gives "olena sevcenko",
 * "alena sevcenko", …; a query without a known given name gives none.
 */
export function givenNameAlternatives(looseQuery: string, limit = 4): string[] {
  const words = looseQuery.split(" ");
  const alternatives: string[] = [];
  for (const [index, word] of words.entries())
    for (const other of variants.get(word) ?? [])
      alternatives.push(words.map((each, at) => (at === index ? other : each)).join(" "));
  return [...new Set(alternatives)].slice(0, limit);
}
