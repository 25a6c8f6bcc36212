/**
 * A link parameter that takes one value: `value` is that value (null when the link gives none), or,
 * when the link gives it more than once, `repeated` holds every value and `value` is null. Which of
 * them the link meant the page cannot tell, so each page uses none and says so in its own words.
 */
export type GivenOnce = { value: string | null; repeated?: undefined } | { value: null; repeated: string[] };

export function givenOnce(params: URLSearchParams, name: string): GivenOnce {
  const given = params.getAll(name);
  return given.length <= 1 ? { value: given[0] ?? null } : { value: null, repeated: given };
}
