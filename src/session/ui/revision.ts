/**
 * A number per object, for React keys that must change when an object is replaced (the graph view
 * is remounted when verdicts or added documents give the viewer a new model).
 *
 * @example
 * <GraphView key={revisionOf(model)} … />
 */
const ids = new WeakMap<object, number>();
let next = 0;

export function revisionOf(o: object): number {
  let id = ids.get(o);
  if (id === undefined) {
    id = ++next;
    ids.set(o, id);
  }
  return id;
}
