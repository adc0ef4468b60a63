/**
 * ESM stand-ins for three small CommonJS helpers that @xstate/react imports (`use-sync-external-store/shim`,
 * `.../shim/with-selector` and `use-isomorphic-layout-effect`). Their CommonJS `require('react')` would
 * bypass the `react` → `preact/compat` alias in tests; these use the hooks from `react` (that is, Preact)
 * directly. Wired in by `preactAliases` in vite.config.ts.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useSyncExternalStore } from 'react';

export { useSyncExternalStore };
export default useLayoutEffect;

/**
 * `useSyncExternalStore` that returns `selector(snapshot)`, keeping the previous selection while the
 * snapshot is the same object or `isEqual` says the selection did not change (as React's own helper does).
 */
export function useSyncExternalStoreWithSelector<Snapshot, Selection>(
  subscribe: (onStoreChange: () => void) => () => void,
  getSnapshot: () => Snapshot,
  getServerSnapshot: undefined | null | (() => Snapshot),
  selector: (snapshot: Snapshot) => Selection,
  isEqual?: (a: Selection, b: Selection) => boolean,
): Selection {
  // The selection last rendered, so that an equal new selection keeps its identity.
  const rendered = useRef<{ has: boolean; value: Selection | undefined }>({ has: false, value: undefined });
  const [getSelection, getServerSelection] = useMemo(() => {
    let memo: { snapshot: Snapshot; selection: Selection } | null = null;
    const select = (snapshot: Snapshot): Selection => {
      if (memo !== null && Object.is(memo.snapshot, snapshot)) return memo.selection;
      const next = selector(snapshot);
      const previous =
        memo !== null
          ? { value: memo.selection }
          : rendered.current.has
            ? { value: rendered.current.value as Selection }
            : null;
      const selection = previous !== null && isEqual?.(previous.value, next) === true ? previous.value : next;
      memo = { snapshot, selection };
      return selection;
    };
    const server = getServerSnapshot ?? null;
    return [() => select(getSnapshot()), server === null ? undefined : () => select(server())] as const;
  }, [getSnapshot, getServerSnapshot, selector, isEqual]);
  const value = useSyncExternalStore(subscribe, getSelection, getServerSelection);
  useEffect(() => {
    rendered.current = { has: true, value };
  }, [value]);
  return value;
}
