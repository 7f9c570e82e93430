/** Safe readers for untyped JSON request bodies. */

export type JsonObject = Record<string, unknown>;

export function asObject(value: unknown): JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : {};
}

export function stringField(obj: JsonObject, key: string): string | undefined {
  const value = obj[key];
  return typeof value === 'string' ? value : undefined;
}

export function numberField(obj: JsonObject, key: string): number | undefined {
  const value = obj[key];
  return typeof value === 'number' ? value : undefined;
}

export function arrayField(obj: JsonObject, key: string): unknown[] {
  const value = obj[key];
  return Array.isArray(value) ? value : [];
}
