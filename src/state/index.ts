/**
 * View state and its actions. One reducer; the same state is encoded into the URL.
 *
 * @example
 * const [state, dispatch] = useReducer(viewReducer, DEFAULT_VIEW);
 * dispatch({ type: "setEra", era: { from: 1914, to: 1918 } });
 */
import { NODE_KINDS, RELATIONS } from "../../extract/schema/graph";
import type { Action, ViewState } from "./types";

export const DEFAULT_VIEW: ViewState = {
  filters: { era: null, relations: [...RELATIONS], kinds: [...NODE_KINDS], undated: true, excluded: false },
  selection: null,
  reader: null,
  layout: "force",
  lang: "en",
  thickness: "confidence",
};

function toggle<T>(all: readonly T[], on: readonly T[], v: T): T[] {
  const set = new Set(on);
  if (set.has(v)) set.delete(v);
  else set.add(v);
  return all.filter((x) => set.has(x));
}

/** Pure reducer over ViewState. Era bounds are normalised so `from <= to`. */
export function viewReducer(state: ViewState, action: Action): ViewState {
  const f = state.filters;
  switch (action.type) {
    case "setEra": {
      const era =
        action.era && (action.era.from <= action.era.to ? action.era : { from: action.era.to, to: action.era.from });
      if (era && f.era && era.from === f.era.from && era.to === f.era.to) return state;
      return { ...state, filters: { ...f, era } };
    }
    case "toggleRelation":
      return { ...state, filters: { ...f, relations: toggle(RELATIONS, f.relations, action.relation) } };
    case "setRelations":
      return { ...state, filters: { ...f, relations: RELATIONS.filter((r) => action.relations.includes(r)) } };
    case "toggleKind":
      return { ...state, filters: { ...f, kinds: toggle(NODE_KINDS, f.kinds, action.kind) } };
    case "setUndated":
      return { ...state, filters: { ...f, undated: action.show } };
    case "setExcluded":
      return { ...state, filters: { ...f, excluded: action.show } };
    case "select":
      return { ...state, selection: action.selection, reader: null };
    case "openReader":
      return { ...state, reader: action.reader };
    case "setLayout":
      return { ...state, layout: action.layout };
    case "setLang":
      return { ...state, lang: action.lang };
    case "setThickness":
      return { ...state, thickness: action.thickness };
    case "replace":
      return action.state;
  }
}
