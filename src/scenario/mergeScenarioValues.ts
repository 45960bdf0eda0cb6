/** A scenario file's content as plain data (validated or not). */
export type ScenarioValue = Record<string, unknown>;

/**
 * Merges a file over the file it extends: mappings merge key by key (recursively), the `levers` lists
 * concatenate (the parent's first, so the child's settings win among equals), and any other value of
 * the child replaces the parent's. `extends` and `$schema` describe a file, not a scenario, and are dropped.
 */
export function mergeScenarioValues(parent: ScenarioValue, child: ScenarioValue): ScenarioValue {
  const merged = mergeMappings(parent, child);
  const levers = [...asList(parent.levers), ...asList(child.levers)];
  delete merged.extends;
  delete merged.$schema;
  if (levers.length > 0 || 'levers' in merged) merged.levers = levers;
  return merged;
}

function mergeMappings(a: ScenarioValue, b: ScenarioValue): ScenarioValue {
  const out: ScenarioValue = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = isMapping(out[k]) && isMapping(v) ? mergeMappings(out[k] as ScenarioValue, v) : v;
  return out;
}

function isMapping(v: unknown): v is ScenarioValue {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function asList(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}
